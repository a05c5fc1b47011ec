package jp.mynaportal.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a raw query string is what a browser sends: every {@code %} followed by two hex digits,
 * and the bytes they stand for valid UTF-8 without control characters other than tab, line feed
 * and carriage return (which forms may send).
 */
final class WellFormedQuery {

    private WellFormedQuery() {}

    static boolean test(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || hex(query.charAt(i + 1)) < 0 || hex(query.charAt(i + 2)) < 0) {
                    return false;
                }
                bytes.put((byte) (hex(query.charAt(i + 1)) * 16 + hex(query.charAt(i + 2))));
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                return false;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return decoded.codePoints().noneMatch(WellFormedQuery::forbidden);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean forbidden(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t'
                && codePoint != '\n'
                && codePoint != '\r';
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
