/**
 * The PDF receipt (申請控え) of an online application (handbook 3-C): what it shows
 * ({@link jp.mynaportal.application.receipt.ReceiptContent}) and how it is drawn
 * ({@link jp.mynaportal.application.receipt.ReceiptRenderer}) with Apache PDFBox and an embedded subset of
 * the IPAex Gothic font, in Japanese or English from the {@code ReceiptMessages} bundle.
 */
package jp.mynaportal.application.receipt;
