package jp.mynaportal.application.signature;

import java.util.Objects;

/**
 * An attached file as the signature covers it: the file itself is represented by its SHA-256
 * digest, so that changing one byte of the file changes what was signed.
 *
 * @param fieldKey the key of the form field the file was attached to
 * @param fileName the file name the applicant gave
 * @param contentType the media type, e.g. {@code application/pdf}
 * @param size the size in bytes
 * @param sha256 the SHA-256 digest of the content, 64 lower-case hex digits
 */
public record ApplicationAttachment(String fieldKey, String fileName, String contentType, long size, String sha256) {

    public ApplicationAttachment {
        Objects.requireNonNull(fieldKey, "fieldKey");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** The attachment of a file's content, with its size and digest computed from it. */
    public static ApplicationAttachment of(String fieldKey, String fileName, String contentType, byte[] content) {
        return new ApplicationAttachment(fieldKey, fileName, contentType, content.length, Sha256.hex(content));
    }
}
