package jp.mynaportal.exchange;

import java.io.Serializable;
import java.util.Objects;

/** An agency as an exchange names it: its code and its name as recorded. */
public record ExchangeParty(String code, String name) implements Serializable {

    public ExchangeParty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isBlank() || code.length() > 32 || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("agency code: 1 to 32 characters, name: 1 to 200");
        }
    }
}
