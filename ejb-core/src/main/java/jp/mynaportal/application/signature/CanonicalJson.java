package jp.mynaportal.application.signature;

/**
 * Writes JSON text in one fixed form: no whitespace, members in the order the caller gives them,
 * strings escaped only where JSON requires it ({@code "}, {@code \}, control characters) plus lone
 * surrogates, so that different strings never give the same bytes. Independent of any JSON-P
 * provider, whose escaping rules may differ.
 */
final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();

    CanonicalJson beginObject() {
        out.append('{');
        return this;
    }

    CanonicalJson endObject() {
        return close('}');
    }

    CanonicalJson beginArray() {
        out.append('[');
        return this;
    }

    CanonicalJson endArray() {
        return close(']');
    }

    CanonicalJson name(String name) {
        string(name);
        out.append(':');
        return this;
    }

    CanonicalJson value(String value) {
        string(value);
        out.append(',');
        return this;
    }

    CanonicalJson value(long value) {
        out.append(value).append(',');
        return this;
    }

    /** The text written so far, without the separator after the last value. */
    String text() {
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ',' ? out.substring(0, end - 1) : out.toString();
    }

    private CanonicalJson close(char bracket) {
        int last = out.length() - 1;
        if (out.charAt(last) == ',') {
            out.setCharAt(last, bracket);
        } else {
            out.append(bracket);
        }
        out.append(',');
        return this;
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || loneSurrogate(value, i)) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean loneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }

    private void unicodeEscape(char c) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xF])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
