package jp.mynaportal.application.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ReceiptRendererTest {

    private static final Instant RENDERED = Instant.parse("2025-04-01T05:06:00Z");

    private final ReceiptRenderer renderer = new ReceiptRenderer(Clock.fixed(RENDERED, ZoneOffset.UTC));

    @Test
    void showsTheReceiptNumberProcedureApplicantAndFormInJapanese() {
        String text = Receipts.text(renderer.render(Receipts.birthNotice()));

        assertThat(text)
                .contains(
                        Receipts.NUMBER,
                        "児童手当の認定請求",
                        "山田 花子",
                        "東京都千代田区",
                        "申請控え",
                        "受付番号",
                        "申請内容",
                        "児童の生年月日",
                        "令和7年3月15日",
                        "2025年4月1日 14時05分",
                        "口座確認書類.pdf",
                        "123,456 バイト",
                        "署名者",
                        "この控えは大切に保管してください。");
    }

    @Test
    void embedsTheFontAsASubset() throws IOException {
        try (PDDocument document = Receipts.load(renderer.render(Receipts.birthNotice()))) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getFontNames()).isNotEmpty();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
            }
        }
    }

    @Test
    void isASmallA4PortraitDocument() throws IOException {
        byte[] pdf = renderer.render(Receipts.birthNotice());

        assertThat(pdf.length).isLessThan(200 * 1024);
        try (PDDocument document = Receipts.load(pdf)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void wrapsAVeryLongValueAndKeepsAllOfIt() {
        String longValue = "出生した子の養育に関する申立て".repeat(40) + "終わり";
        byte[] pdf =
                renderer.render(Receipts.birthNotice(Locale.JAPANESE, List.of(new ReceiptLine("申立ての内容", longValue))));

        String text = Receipts.text(pdf);
        assertThat(text.lines().filter(line -> line.contains("申立て")).count()).isGreaterThan(5);
        assertThat(Receipts.unwrapped(text)).contains(longValue);
    }

    @Test
    void splitsAValueLongerThanAPageOverPagesAndKeepsAllOfIt() throws IOException {
        String longValue = "経過の説明。".repeat(1500) + "以上";
        byte[] pdf = renderer.render(Receipts.birthNotice(Locale.JAPANESE, List.of(new ReceiptLine("経過", longValue))));

        try (PDDocument document = Receipts.load(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertThat(Receipts.unwrapped(Receipts.text(pdf)).replaceAll("受付番号 [^ ]+　\\d+ / \\d+ ページ", ""))
                .contains(longValue);
    }

    @Test
    void continuesOnMorePagesWithTheReceiptNumberInEveryFooter() throws IOException {
        List<ReceiptLine> lines = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> new ReceiptLine("項目" + i, "値" + i))
                .toList();

        try (PDDocument document = Receipts.load(renderer.render(Receipts.birthNotice(Locale.JAPANESE, lines)))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                assertThat(Receipts.pageText(document, page))
                        .contains("受付番号 " + Receipts.NUMBER + "　" + page + " / " + pages + " ページ");
            }
        }
    }

    @Test
    void usesEnglishLabelsForTheEnglishLocale() {
        String text = Receipts.text(renderer.render(
                Receipts.birthNotice(Locale.ENGLISH, List.of(new ReceiptLine("Child's name", "山田 太郎")))));

        assertThat(text)
                .contains(
                        "Application receipt",
                        "Receipt number",
                        "Application details",
                        "Attachments",
                        "123,456 bytes",
                        "Signed by",
                        "1 April 2025, 14:05 (Japan time)",
                        "Please keep this receipt in a safe place.",
                        "Page 1 of 1")
                .doesNotContain("受付番号", "申請控え");
    }

    @Test
    void usesJapaneseForALanguageWithoutBundle() {
        String text = Receipts.text(renderer.render(Receipts.birthNotice(Locale.FRENCH, List.of())));

        assertThat(text).contains("申請控え", "入力項目はありません。");
    }

    @Test
    void replacesCharactersTheFontLacksWithAPlaceholder() {
        String text = Receipts.text(renderer.render(Receipts.birthNotice(
                Locale.JAPANESE, List.of(new ReceiptLine("備考", "よろしく\uD83D\uDE00お願いします\u2764\uFE0F")))));

        assertThat(text).contains("よろしく〓お願いします");
    }

    @Test
    void describesTheDocumentWithoutJavaScript() throws IOException {
        try (PDDocument document = Receipts.load(renderer.render(Receipts.birthNotice()))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("申請控え（受付番号 " + Receipts.NUMBER + "）");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(RENDERED);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(document.getDocumentCatalog().getNames()).isNull();
        }
    }

    @Test
    void rendersConcurrentlyTheSameAsAlone() {
        String alone = Receipts.text(renderer.render(Receipts.birthNotice()));

        List<String> concurrent = IntStream.range(0, 8)
                .parallel()
                .mapToObj(i -> Receipts.text(renderer.render(Receipts.birthNotice())))
                .toList();

        assertThat(concurrent).allMatch(alone::equals);
    }
}
