package jp.mynaportal.application.receipt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The receipt's typeface, IPAex Gothic (see {@code ATTRIBUTION.txt} beside the font file). The file is
 * read from the class path once and kept; each document gets its own font object, embedded as a subset of
 * the glyphs it uses.
 */
final class ReceiptFont {

    private static final String RESOURCE = "ipaexg.ttf";

    private ReceiptFont() {}

    /** A font for {@code document} that embeds only the glyphs drawn with it. */
    static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(Bytes.FONT), true);
    }

    /** Holder: the file is read on first use, once, by whichever thread comes first. */
    private static final class Bytes {

        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = ReceiptFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font resource unreadable: " + RESOURCE, e);
            }
        }
    }
}
