package jp.mynaportal.application.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of one document and what it can draw: text is made printable (characters without a glyph
 * become {@code 〓}, control characters go) and measured per character, since Japanese text has no spaces
 * to break at. One instance per document; not shared between threads.
 */
final class ReceiptTypeface {

    private static final int PREFERRED_PLACEHOLDER = '〓';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final int placeholder;
    private final Map<Integer, Float> widths = new HashMap<>();

    ReceiptTypeface(PDType0Font font) {
        this.font = font;
        this.cmap = font.getCmapLookup();
        this.placeholder = hasGlyph(PREFERRED_PLACEHOLDER) ? PREFERRED_PLACEHOLDER : '?';
    }

    PDType0Font font() {
        return font;
    }

    /**
     * {@code text} in NFC with line breaks as {@code \n}, tabs as spaces, other control and invisible
     * format characters removed, and every other character the font lacks replaced by the placeholder.
     */
    String printable(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        StringBuilder printable = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (cp == '\n') {
                printable.append('\n');
            } else if (cp == '\t') {
                printable.append(' ');
            } else if (hasGlyph(cp)) {
                printable.appendCodePoint(cp);
            } else if (!isInvisible(cp)) {
                printable.appendCodePoint(placeholder);
            }
        });
        return printable.toString();
    }

    /** The advance width of a printable code point at {@code size} points. */
    float width(int codePoint, float size) {
        return widths.computeIfAbsent(codePoint, this::widthPerThousand) * size / 1000f;
    }

    /** The advance width of a printable text at {@code size} points. */
    float width(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            width += width(text.codePointAt(i), size);
        }
        return width;
    }

    private float widthPerThousand(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasGlyph(int codePoint) {
        return !Character.isISOControl(codePoint) && cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint)
                || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
