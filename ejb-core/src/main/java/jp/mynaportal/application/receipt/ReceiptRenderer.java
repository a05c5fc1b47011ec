package jp.mynaportal.application.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders the PDF receipt (申請控え) of an online application: A4 portrait, Japanese or English, with the
 * IPAex Gothic glyphs it uses embedded, the 受付番号 and page x/y in the footer of every page.
 *
 * <p>Thread-safe and stateless: every call builds its own document. The font file is read once per JVM.
 */
public final class ReceiptRenderer {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    /** A renderer that stamps documents with the current time. */
    public ReceiptRenderer() {
        this(Clock.systemUTC());
    }

    /** A renderer that stamps documents with the time of {@code clock} as their creation date. */
    public ReceiptRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The receipt as PDF bytes.
     *
     * @throws UncheckedIOException if the document cannot be built (the font resource is unreadable)
     */
    public byte[] render(ReceiptContent content) {
        Objects.requireNonNull(content, "content");
        ReceiptText text = new ReceiptText(content.locale());
        try (PDDocument document = new PDDocument()) {
            ReceiptTypeface typeface = new ReceiptTypeface(ReceiptFont.load(document));
            describe(document, content, text);
            try (PageFlow flow = new PageFlow(document, typeface)) {
                new ReceiptWriter(flow, typeface, text).write(content);
                flow.finish((page, pages) -> text.format(
                        "receipt.footer", content.receiptNumber(), String.valueOf(page), String.valueOf(pages)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("receipt " + content.receiptNumber() + " could not be rendered", e);
        }
    }

    private void describe(PDDocument document, ReceiptContent content, ReceiptText text) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.format("receipt.documentTitle", content.receiptNumber()));
        info.setSubject(content.procedureName());
        info.setCreator(text.get("receipt.creator"));
        info.setCreationDate(GregorianCalendar.from(clock.instant().atZone(JAPAN)));
        document.getDocumentCatalog().setLanguage(text.languageTag());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
