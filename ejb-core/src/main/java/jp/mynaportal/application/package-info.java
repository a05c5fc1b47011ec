/**
 * The application core that every portal function taking applications uses: drafts saved as the
 * resident types, the form of a procedure and its validation, attachments, the electronic signature,
 * the 受付番号 and the PDF 控え, and the counter inbox where municipal staff move an application
 * through its statuses, each change sending its notice to the resident.
 */
package jp.mynaportal.application;
