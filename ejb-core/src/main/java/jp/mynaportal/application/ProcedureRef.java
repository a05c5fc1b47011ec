package jp.mynaportal.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * Names "a procedure of some function" for the application core: the portal function that owns the
 * procedure (its package name, e.g. {@code pittari}) and that function's own key of the procedure.
 * The core stores both and asks the function's {@link ProcedureCatalog} for everything else.
 *
 * @param function the owning portal function, at most 32 characters
 * @param key the function's key of the procedure, at most 64 characters
 */
public record ProcedureRef(String function, String key) implements Serializable {

    public ProcedureRef {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(key, "key");
        if (function.isBlank() || function.length() > 32) {
            throw new IllegalArgumentException("function must have 1 to 32 characters");
        }
        if (key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("key must have 1 to 64 characters");
        }
    }

    @Override
    public String toString() {
        return function + "/" + key;
    }
}
