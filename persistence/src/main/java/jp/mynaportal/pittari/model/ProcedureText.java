package jp.mynaportal.pittari.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.application.model.FormField;

/**
 * What a resident reads about a procedure: name and its kana reading, 概要, 対象者, 必要なもの,
 * 提出先, 手数料, and the fields its application form asks for.
 */
public record ProcedureText(
        String name,
        String reading,
        String summary,
        String eligibility,
        String requiredDocuments,
        String submitTo,
        String fee,
        List<FormField> typicalFields)
        implements Serializable {

    public ProcedureText {
        requireText(name, "name");
        requireText(reading, "reading");
        requireText(summary, "summary");
        requireText(eligibility, "eligibility");
        requireText(requiredDocuments, "requiredDocuments");
        requireText(submitTo, "submitTo");
        requireText(fee, "fee");
        typicalFields = List.copyOf(Objects.requireNonNull(typicalFields, "typicalFields"));
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
