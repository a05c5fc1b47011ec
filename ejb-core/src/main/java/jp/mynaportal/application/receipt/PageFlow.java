package jp.mynaportal.application.receipt;

import java.io.IOException;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The A4 portrait pages of a receipt and the position on the current one: content flows down from the
 * top margin, a new page starts when the next piece does not fit above the footer, and when all content
 * is written every page gets its footer (which needs the page count).
 */
final class PageFlow implements AutoCloseable {

    static final float MARGIN = 50f;
    private static final float CONTENT_BOTTOM = 52f;
    private static final float FOOTER_RULE = 40f;
    private static final float FOOTER_BASELINE = 27f;
    private static final float FOOTER_SIZE = 8.5f;

    private final PDDocument document;
    private final ReceiptTypeface typeface;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, ReceiptTypeface typeface) {
        this.document = document;
        this.typeface = typeface;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    /** The height left on the current page, nothing before the first page. */
    float room() {
        return stream == null ? 0 : y - bottom();
    }

    /** The height a new page offers. */
    float pageRoom() {
        return top() - bottom();
    }

    /** Starts a new page unless {@code height} fits on the current one. */
    void ensureRoom(float height) throws IOException {
        if (room() < height) {
            newPage();
        }
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = top();
    }

    void moveDown(float height) {
        y -= height;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Draws a printable single line with its baseline at {@code baseline}. */
    void text(String line, float x, float baseline, float size) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(typeface.font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    /** Ends the content and writes {@code footer(page, pages)} (1-based) at the foot of every page. */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        closeStream();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                String line = typeface.printable(footer.apply(i + 1, pages));
                float lineWidth = typeface.width(line, FOOTER_SIZE);
                foot.setLineWidth(0.5f);
                foot.moveTo(MARGIN, FOOTER_RULE);
                foot.lineTo(MARGIN + width(), FOOTER_RULE);
                foot.stroke();
                foot.beginText();
                foot.setFont(typeface.font(), FOOTER_SIZE);
                foot.newLineAtOffset(MARGIN + (width() - lineWidth) / 2, FOOTER_BASELINE);
                foot.showText(line);
                foot.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private static float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    private static float bottom() {
        return CONTENT_BOTTOM;
    }
}
