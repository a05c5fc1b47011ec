package jp.mynaportal.application.receipt;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a receipt (申請控え) shows: the 受付番号, when the application was submitted, where and for what,
 * who applied, the form's lines in the order of the form, the attached files, the signature, and the
 * language to print the fixed texts in.
 */
public record ReceiptContent(
        String receiptNumber,
        Instant submittedAt,
        String municipalityName,
        String procedureName,
        String applicantName,
        List<ReceiptLine> lines,
        List<ReceiptAttachment> attachments,
        ReceiptSignature signature,
        Locale locale)
        implements Serializable {

    public ReceiptContent {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        lines = List.copyOf(lines);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(locale, "locale");
    }
}
