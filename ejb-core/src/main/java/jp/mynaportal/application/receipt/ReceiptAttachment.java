package jp.mynaportal.application.receipt;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file attached to the application: its name, its size in bytes and the SHA-256 of its content in hex,
 * so that the resident can later show which file was sent.
 */
public record ReceiptAttachment(String fileName, long sizeBytes, String sha256Hex) implements Serializable {

    public ReceiptAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
    }
}
