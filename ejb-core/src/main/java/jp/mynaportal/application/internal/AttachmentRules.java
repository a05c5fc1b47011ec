package jp.mynaportal.application.internal;

import java.util.Optional;

/**
 * What an attachment may be: a PDF, JPEG or PNG file (recognised by its first bytes, not by the
 * name the browser sent), not empty, not above the size limit; its name cleaned of folders and
 * control characters.
 */
final class AttachmentRules {

    private static final int MAX_NAME = 120;

    private AttachmentRules() {}

    /** The media type the content really has, if it is one of the accepted kinds. */
    static Optional<String> contentType(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file name without any folder, control characters or excess length; "file" when nothing is left. */
    static String cleanName(String sent) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() ? "file" : name;
    }
}
