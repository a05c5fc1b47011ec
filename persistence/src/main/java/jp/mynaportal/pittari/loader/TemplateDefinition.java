package jp.mynaportal.pittari.loader;

import java.util.Objects;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureText;

/**
 * A template as vendored, with how widely municipalities offer it ({@code offerRate}, percent) and
 * how widely they take it online ({@code onlineRate}, percent; 0 = only at the counter).
 */
public record TemplateDefinition(
        String id,
        ProcedureCategory category,
        ProcedureText text,
        int onlineRate,
        SignatureRule signature,
        int offerRate) {

    public TemplateDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(signature, "signature");
        requirePercent(onlineRate, "onlineRate");
        requirePercent(offerRate, "offerRate");
        if (offerRate == 0) {
            throw new IllegalArgumentException(id + ": a template no municipality offers");
        }
    }

    private static void requirePercent(int value, String name) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be 0..100");
        }
    }

    /** Whether any municipality takes it online. */
    public boolean onlinePossible() {
        return onlineRate > 0;
    }
}
