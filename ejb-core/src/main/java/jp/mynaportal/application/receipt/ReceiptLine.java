package jp.mynaportal.application.receipt;

import java.io.Serializable;
import java.util.Objects;

/** One answer of the application form as the receipt prints it: the field's label and the value entered. */
public record ReceiptLine(String label, String value) implements Serializable {

    public ReceiptLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
