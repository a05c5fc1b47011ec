package jp.mynaportal.application.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test receipts and ways to read them back. */
final class Receipts {

    static final String NUMBER = "2025-0401-000123";
    static final Instant SUBMITTED = Instant.parse("2025-04-01T05:05:00Z");

    private Receipts() {}

    static ReceiptContent birthNotice(Locale locale, List<ReceiptLine> lines) {
        return new ReceiptContent(
                NUMBER,
                SUBMITTED,
                "東京都千代田区",
                "児童手当の認定請求",
                "山田 花子",
                lines,
                List.of(new ReceiptAttachment(
                        "口座確認書類.pdf", 123_456, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                ReceiptSignature.signed("山田 花子", Instant.parse("2025-04-01T05:04:30Z")),
                locale);
    }

    static ReceiptContent birthNotice() {
        return birthNotice(
                Locale.JAPANESE,
                List.of(
                        new ReceiptLine("請求者の住所", "東京都千代田区千代田1-1"),
                        new ReceiptLine("児童の氏名", "山田 太郎"),
                        new ReceiptLine("児童の生年月日", "令和7年3月15日"),
                        new ReceiptLine("振込先口座", "ぴったり銀行 本店 普通 1234567")));
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without line breaks, so that a wrapped value reads as one again. */
    static String unwrapped(String text) {
        return text.replaceAll("\\R", "");
    }
}
