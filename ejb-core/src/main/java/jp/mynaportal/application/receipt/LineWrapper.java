package jp.mynaportal.application.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Breaks text into lines no wider than a width, measuring each character: Japanese breaks between any
 * two characters (but a line does not start with 。、」 nor end with 「（ and the like), a run of Latin letters or digits
 * moves to the next line whole when it fits there, and {@code \n} always breaks.
 */
final class LineWrapper {

    private static final String NO_LINE_START = "、。，．,.・：；:;？！?!ー…‥)）]］}｝〕〉》」』】〙〗ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々ゝゞヽヾ";
    private static final String NO_LINE_END = "(（[［{｛〔〈《「『【〘〖";

    private final IntToDoubleFunction width;

    /** @param width the advance width of a code point, in the unit of the line widths */
    LineWrapper(IntToDoubleFunction width) {
        this.width = width;
    }

    /** The lines of {@code text}; an empty text is one empty line. */
    List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            double w = width.applyAsDouble(cp);
            if (lineWidth + w > maxWidth && line.length() > 0) {
                String carried = carried(line, cp, w, maxWidth);
                line.setLength(line.length() - carried.length());
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(carried);
                lineWidth = measure(carried);
                if (cp == ' ' && line.length() == 0) {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString().stripTrailing());
    }

    /**
     * The end of the full line that moves to the next one with {@code next}: a Latin word, or the character
     * before a no-line-start {@code next}, plus any opening brackets before that; nothing if the line would
     * be left empty or the moved part would not fit.
     */
    private String carried(StringBuilder line, int next, double nextWidth, double maxWidth) {
        int start = line.length();
        if (isWordPart(next)) {
            while (start > 0 && isWordPart(line.codePointBefore(start))) {
                start -= Character.charCount(line.codePointBefore(start));
            }
            if (start == 0) {
                start = line.length();
            }
        } else if (NO_LINE_START.indexOf(next) >= 0) {
            start -= Character.charCount(line.codePointBefore(start));
        }
        while (start > 0 && NO_LINE_END.indexOf(line.codePointBefore(start)) >= 0) {
            start -= Character.charCount(line.codePointBefore(start));
        }
        if (start == 0) {
            return "";
        }
        String carried = line.substring(start);
        return measure(carried) + nextWidth <= maxWidth ? carried : "";
    }

    private double measure(String text) {
        return text.codePoints().mapToDouble(width).sum();
    }

    private static boolean isWordPart(int codePoint) {
        return codePoint < 0x2E80 && Character.isLetterOrDigit(codePoint);
    }
}
