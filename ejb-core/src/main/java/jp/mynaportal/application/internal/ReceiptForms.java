package jp.mynaportal.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.application.receipt.ReceiptAttachment;
import jp.mynaportal.application.receipt.ReceiptContent;
import jp.mynaportal.application.receipt.ReceiptLine;
import jp.mynaportal.application.receipt.ReceiptSignature;

/**
 * The receipt of a submitted application: its values in form order, picked options joined, files
 * by digest; the procedure's name, the field labels and the options picked in the receipt's language where the
 * catalogue has them (a municipality's own texts stay Japanese).
 */
final class ReceiptForms {

    private static final String JOIN = "、";

    private ReceiptForms() {}

    static ReceiptContent content(
            ApplicationForm form, String applicantName, ReceiptSignature signature, Locale locale) {
        String language = locale == null ? "ja" : locale.getLanguage();
        boolean english = "en".equals(language);
        List<ReceiptLine> lines = new ArrayList<>();
        for (FieldSpec field : form.fields()) {
            if (field.file() || field.type() == FormFieldType.CHECKBOX) {
                continue;
            }
            String value = field.valueIn(form.values().getOrDefault(field.key(), ""), language);
            lines.add(new ReceiptLine(
                    field.labelIn(language), value.replace(FieldSpec.MULTIPLE_SEPARATOR, english ? ", " : JOIN)));
        }
        List<ReceiptAttachment> attachments = form.attachments().stream()
                .map(a -> new ReceiptAttachment(a.fileName(), a.sizeBytes(), a.sha256()))
                .toList();
        return new ReceiptContent(
                form.receiptNumber(),
                form.submittedAt(),
                form.municipalityName(),
                form.procedureNameIn(language),
                applicantName,
                lines,
                attachments,
                signature,
                locale);
    }
}
