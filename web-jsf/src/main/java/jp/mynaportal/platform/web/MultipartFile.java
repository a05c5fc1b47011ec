package jp.mynaportal.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a {@code multipart/form-data} body (RFC 7578) that a REST endpoint reads itself: the
 * part with a given field name, its file name and its bytes. The file name comes from the part's
 * {@code Content-Disposition} as {@link ContentDispositionName} reads it: RFC 5987 {@code
 * filename*=UTF-8''…} first, else {@code filename="…"}, whose non-ASCII characters clients send as
 * UTF-8 (RFC 7578 §4.2), so Japanese names arrive intact either way. The body has been bounded in
 * size before it was read ({@link RequestLimits}).
 *
 * @param fileName the file name the client gave, or null when it gave none
 * @param content the part's bytes
 */
public record MultipartFile(String fileName, byte[] content) {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*\"([^\"]*)\"");

    /**
     * The part named {@code field} of a multipart body, or empty when the body is not
     * well-formed multipart or has no such part.
     */
    public static Optional<MultipartFile> of(String contentType, byte[] body, String field) {
        if (contentType == null
                || body == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType.substring(contentType.indexOf(';') + 1));
        if (!boundaryMatch.find()) {
            return Optional.empty();
        }
        String boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(3);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return Optional.empty();
        }
        at += delimiter.length;
        while (at + 2 <= body.length && body[at] == '\r' && body[at + 1] == '\n') {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at + 2);
            if (headersEnd < 0) {
                return Optional.empty();
            }
            String headers = new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                return Optional.empty();
            }
            String disposition = header(headers, "Content-Disposition");
            if (disposition != null && field.equals(name(disposition))) {
                return Optional.of(new MultipartFile(
                        ContentDispositionName.of(disposition).orElse(null),
                        Arrays.copyOfRange(body, contentStart, contentEnd)));
            }
            at = contentEnd + next.length;
        }
        return Optional.empty();
    }

    private static String name(String disposition) {
        Matcher name = NAME.matcher(disposition.substring(Math.max(0, disposition.indexOf(';'))));
        return name.find() ? name.group(1) : null;
    }

    private static String header(String headers, String wanted) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(wanted)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
