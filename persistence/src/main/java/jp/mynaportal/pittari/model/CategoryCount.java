package jp.mynaportal.pittari.model;

import java.io.Serializable;
import java.util.Objects;

/** How many published procedures a municipality has in one category. */
public record CategoryCount(ProcedureCategory category, long count) implements Serializable {

    public CategoryCount {
        Objects.requireNonNull(category, "category");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
