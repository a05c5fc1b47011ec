/**
 * The PDF receipt (申請控え) of an online application (handbook 3-C): what it shows
 * ({@link jp.mynaportal.pittari.receipt.ReceiptContent}) and how it is drawn
 * ({@link jp.mynaportal.pittari.receipt.ReceiptRenderer}) with Apache PDFBox and an embedded subset of
 * the IPAex Gothic font, in Japanese or English from the {@code ReceiptMessages} bundle.
 */
package jp.mynaportal.pittari.receipt;
