package jp.mynaportal.application.receipt;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes the content of one receipt into its pages: the title, the header with the 受付番号, the form as
 * a label/value table whose rows wrap and, when long, continue on the next page, the attachments, the
 * signature and the closing note.
 */
final class ReceiptWriter {

    private static final float TITLE_SIZE = 20f;
    private static final float NUMBER_SIZE = 16f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float BODY_SIZE = 10f;
    private static final float LEADING = 15f;
    private static final float PADDING = 5f;
    private static final float LABEL_WIDTH = 140f;
    private static final float LABEL_SHADE = 0.93f;

    private final PageFlow flow;
    private final ReceiptTypeface typeface;
    private final ReceiptText text;
    private final LineWrapper wrapper;

    ReceiptWriter(PageFlow flow, ReceiptTypeface typeface, ReceiptText text) {
        this.flow = flow;
        this.typeface = typeface;
        this.text = text;
        this.wrapper = new LineWrapper(cp -> typeface.width(cp, BODY_SIZE));
    }

    void write(ReceiptContent content) throws IOException {
        flow.newPage();
        title();
        receiptNumber(content.receiptNumber());
        table(List.of(
                new ReceiptLine(text.get("receipt.submittedAt"), text.dateTime(content.submittedAt())),
                new ReceiptLine(text.get("receipt.municipality"), content.municipalityName()),
                new ReceiptLine(text.get("receipt.procedure"), content.procedureName()),
                new ReceiptLine(text.get("receipt.applicant"), content.applicantName())));
        heading(text.get("receipt.section.form"));
        tableOrNote(content.lines(), "receipt.form.none");
        heading(text.get("receipt.section.attachments"));
        tableOrNote(content.attachments().stream().map(this::attachment).toList(), "receipt.attachments.none");
        heading(text.get("receipt.section.signature"));
        signature(content.signature());
        flow.moveDown(LEADING);
        paragraph(text.get("receipt.closingNote"));
    }

    private ReceiptLine attachment(ReceiptAttachment attachment) {
        return new ReceiptLine(
                attachment.fileName(),
                text.format("receipt.attachment.detail", attachment.sizeBytes(), attachment.sha256Hex()));
    }

    private void title() throws IOException {
        String title = typeface.printable(text.get("receipt.title"));
        float x = flow.left() + (flow.width() - typeface.width(title, TITLE_SIZE)) / 2;
        flow.text(title, x, flow.y() - TITLE_SIZE, TITLE_SIZE);
        flow.moveDown(TITLE_SIZE + 16);
    }

    private void receiptNumber(String number) throws IOException {
        float height = NUMBER_SIZE + 2 * PADDING + 8;
        PDPageContentStream stream = flow.stream();
        stream.setLineWidth(1.2f);
        stream.addRect(flow.left(), flow.y() - height, flow.width(), height);
        stream.stroke();
        String label = typeface.printable(text.get("receipt.receiptNumber"));
        float baseline = flow.y() - PADDING - 4 - NUMBER_SIZE * 0.88f;
        flow.text(label, flow.left() + 2 * PADDING, baseline + 2, BODY_SIZE);
        flow.text(typeface.printable(number), flow.left() + LABEL_WIDTH + PADDING, baseline, NUMBER_SIZE);
        flow.moveDown(height + 8);
    }

    private void heading(String heading) throws IOException {
        float height = HEADING_SIZE + 10;
        flow.ensureRoom(height + 2 * LEADING + 2 * PADDING);
        flow.moveDown(8);
        flow.text(typeface.printable(heading), flow.left(), flow.y() - HEADING_SIZE, HEADING_SIZE);
        PDPageContentStream stream = flow.stream();
        stream.setLineWidth(0.8f);
        stream.moveTo(flow.left(), flow.y() - height + 3);
        stream.lineTo(flow.left() + flow.width(), flow.y() - height + 3);
        stream.stroke();
        flow.moveDown(height);
    }

    private void tableOrNote(List<ReceiptLine> rows, String noneKey) throws IOException {
        if (rows.isEmpty()) {
            paragraph(text.get(noneKey));
        } else {
            table(rows);
        }
    }

    private void signature(ReceiptSignature signature) throws IOException {
        if (signature instanceof ReceiptSignature.Signed signed) {
            table(List.of(
                    new ReceiptLine(text.get("receipt.signature.signer"), signed.signerName()),
                    new ReceiptLine(text.get("receipt.signature.signedAt"), text.dateTime(signed.signedAt()))));
        } else {
            paragraph(text.get("receipt.signature.notRequired"));
        }
    }

    private void paragraph(String paragraph) throws IOException {
        for (String line : wrapper.wrap(typeface.printable(paragraph), flow.width())) {
            flow.ensureRoom(LEADING);
            flow.text(line, flow.left(), baseline(flow.y(), 0), BODY_SIZE);
            flow.moveDown(LEADING);
        }
    }

    private void table(List<ReceiptLine> rows) throws IOException {
        for (ReceiptLine row : rows) {
            row(
                    wrapper.wrap(typeface.printable(row.label()), LABEL_WIDTH - 2 * PADDING),
                    wrapper.wrap(typeface.printable(row.value()), flow.width() - LABEL_WIDTH - 2 * PADDING));
        }
    }

    /** One table row; a row too tall for the rest of the page goes to the next, or is split if no page holds it. */
    private void row(List<String> label, List<String> value) throws IOException {
        int lines = Math.max(label.size(), value.size());
        int done = 0;
        while (done < lines) {
            int remaining = lines - done;
            int fitting = Math.max(0, (int) ((flow.room() - 2 * PADDING) / LEADING));
            boolean wholeRowFitsOnNewPage = done == 0 && height(remaining) <= flow.pageRoom();
            if (fitting < remaining && wholeRowFitsOnNewPage || fitting < Math.min(remaining, 2)) {
                flow.newPage();
                continue;
            }
            int count = Math.min(fitting, remaining);
            cells(label, value, done, count);
            done += count;
        }
    }

    private void cells(List<String> label, List<String> value, int from, int count) throws IOException {
        float top = flow.y();
        float height = height(count);
        PDPageContentStream stream = flow.stream();
        stream.setNonStrokingColor(LABEL_SHADE, LABEL_SHADE, LABEL_SHADE);
        stream.addRect(flow.left(), top - height, LABEL_WIDTH, height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
        stream.setLineWidth(0.5f);
        stream.addRect(flow.left(), top - height, LABEL_WIDTH, height);
        stream.addRect(flow.left() + LABEL_WIDTH, top - height, flow.width() - LABEL_WIDTH, height);
        stream.stroke();
        for (int i = 0; i < count; i++) {
            float baseline = baseline(top - PADDING, i);
            if (from + i < label.size()) {
                flow.text(label.get(from + i), flow.left() + PADDING, baseline, BODY_SIZE);
            }
            if (from + i < value.size()) {
                flow.text(value.get(from + i), flow.left() + LABEL_WIDTH + PADDING, baseline, BODY_SIZE);
            }
        }
        flow.moveDown(height);
    }

    private static float height(int lines) {
        return lines * LEADING + 2 * PADDING;
    }

    private static float baseline(float top, int line) {
        return top - line * LEADING - (LEADING - BODY_SIZE) / 2 - BODY_SIZE * 0.88f;
    }
}
