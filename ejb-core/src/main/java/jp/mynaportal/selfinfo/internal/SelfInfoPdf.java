package jp.mynaportal.selfinfo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import jp.mynaportal.selfinfo.ItemAnswer;
import jp.mynaportal.selfinfo.RecordView;
import jp.mynaportal.selfinfo.SelfInfoAnswer;
import jp.mynaportal.selfinfo.ValueText;
import jp.mynaportal.selfinfo.ValueView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 「PDFで保存」: the shown records on A4 pages (PDFBox, the IPAex Gothic of the receipts, embedded
 * as a subset), headed by the 確認対象日 and the time of retrieval, each 分野詳細 and agency with
 * its records, their periods, versions and values.
 */
final class SelfInfoPdf {

    /** The receipts' font file, shared with the application core's receipts. */
    private static final String FONT = "/jp/mynaportal/application/receipt/ipaexg.ttf";

    private static final float MARGIN = 50;
    private static final float LEADING = 16;

    private final SelfInfoTexts texts;
    private PDDocument document;
    private PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    SelfInfoPdf(Locale locale) {
        this.texts = new SelfInfoTexts(locale);
    }

    byte[] render(SelfInfoAnswer answer) {
        Locale locale = texts.locale();
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            font = PDType0Font.load(pdf, new ByteArrayInputStream(fontBytes()), true);
            newPage();
            line(texts.text("title"), 16, 0);
            line(texts.text("asOf", ValueText.date(answer.asOf(), locale)), 10, 0);
            line(texts.text("retrievedAt", texts.time(answer.retrievedAt())), 10, 0);
            line(texts.text("source"), 9, 0);
            if (answer.answers().isEmpty()) {
                line(texts.text("none"), 10, 0);
            }
            for (ItemAnswer item : answer.answers()) {
                y -= LEADING / 2;
                line(item.item().name(locale), 13, 0);
                line(texts.text("agency", item.agency().name(locale)), 10, 10);
                for (RecordView record : item.records()) {
                    line(
                            texts.period(record)
                                    + "  "
                                    + texts.text("recordedAt", texts.time(record.recordedAt()))
                                    + (record.corrected() ? "  " + texts.text("corrected", record.version()) : ""),
                            9,
                            10);
                    for (ValueView value : record.values()) {
                        line(value.attribute().label(locale) + ": " + ValueText.of(value, locale), 10, 20);
                    }
                    for (RecordView.EarlierVersion earlier : record.earlier()) {
                        line(texts.text("earlier", earlier.version(), texts.time(earlier.supersededAt())), 9, 20);
                        for (ValueView value : earlier.values()) {
                            line(value.attribute().label(locale) + ": " + ValueText.of(value, locale), 9, 30);
                        }
                    }
                }
            }
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void line(String text, float size, float indent) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        String rest = text;
        while (!rest.isEmpty()) {
            int fit = rest.length();
            while (fit > 1 && font.getStringWidth(rest.substring(0, fit)) / 1000 * size > width) {
                fit--;
            }
            if (y < MARGIN + LEADING) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN + indent, y);
            stream.showText(rest.substring(0, fit));
            stream.endText();
            y -= Math.max(LEADING, size + 4);
            rest = rest.substring(fit);
        }
    }

    private static byte[] fontBytes() throws IOException {
        try (InputStream in = SelfInfoPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("font resource missing: " + FONT);
            }
            return in.readAllBytes();
        }
    }
}
