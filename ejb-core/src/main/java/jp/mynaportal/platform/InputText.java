package jp.mynaportal.platform;

import java.text.Normalizer;

/**
 * The rules every text a person types goes through before a service checks or stores it: Unicode
 * NFC (so that a が typed as か + ゛ and one typed as が are the same text; NFKC, which also folds
 * full-width digits, is for the fields that hold numbers), lengths counted in characters as people
 * count them (code points: 20 emoji are 20 characters), and no control characters (NUL, escape, …)
 * or unpaired surrogate halves, which no keyboard types.
 */
public final class InputText {

    /** What is wrong with a text as text, before its field's own rules. */
    public enum Problem {
        /** A control character (other than a line break or tab where several lines are allowed). */
        CONTROL_CHARACTER,
        /** Half of a surrogate pair without its other half: not a character at all. */
        UNPAIRED_SURROGATE,
        /** More characters than the field takes. */
        TOO_LONG
    }

    private InputText() {}

    /** The text in Unicode NFC; null stays null. Unpaired surrogates are left as they are, for {@link #problem}. */
    public static String normalize(String text) {
        if (text == null || hasUnpairedSurrogate(text)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** How many characters a person counts in the text (code points). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The first problem of a text, or null.
     *
     * @param maxLength the most characters (code points) the field takes
     * @param multiline whether line breaks and tabs are allowed (a comment, an address over lines)
     */
    public static Problem problem(String text, int maxLength, boolean multiline) {
        if (text == null) {
            return null;
        }
        if (hasUnpairedSurrogate(text)) {
            return Problem.UNPAIRED_SURROGATE;
        }
        if (text.codePoints().anyMatch(c -> isForbiddenControl(c, multiline))) {
            return Problem.CONTROL_CHARACTER;
        }
        return length(text) > maxLength ? Problem.TOO_LONG : null;
    }

    private static boolean isForbiddenControl(int codePoint, boolean multiline) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || codePoint == 0x2028
                || codePoint == 0x2029
                || (type == Character.FORMAT
                        && (codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069));
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
