package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFileTest {

    private static final String TYPE = "multipart/form-data; boundary=----b0undary";

    private static byte[] body(String disposition, String content) {
        return ("------b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                        + "------b0undary\r\nContent-Disposition: " + disposition + "\r\n"
                        + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n------b0undary--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aJapaneseNameInFilenameStarArrivesIntact() {
        byte[] body = body(
                "form-data; name=\"file\"; filename=\"a.pdf\";"
                        + " filename*=UTF-8''%E4%BD%8F%E6%B0%91%E7%A5%A8%E3%81%AE%E5%86%99%E3%81%97.pdf",
                "%PDF-1.4");

        MultipartFile file = MultipartFile.of(TYPE, body, "file").orElseThrow();

        assertThat(file.fileName()).isEqualTo("住民票の写し.pdf");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4");
    }

    @Test
    void aJapaneseNameSentAsUtf8InFilenameArrivesIntact() {
        byte[] body = body("form-data; name=\"file\"; filename=\"在留カード.png\"", "png");

        assertThat(MultipartFile.of(TYPE, body, "file").orElseThrow().fileName())
                .isEqualTo("在留カード.png");
    }

    @Test
    void aBodyWithoutThePartOrCutOffIsNoFile() {
        byte[] body = body("form-data; name=\"other\"; filename=\"a.pdf\"", "x");
        byte[] cut = "------b0undary\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(MultipartFile.of(TYPE, body, "file")).isEmpty();
        assertThat(MultipartFile.of(TYPE, cut, "file")).isEmpty();
        assertThat(MultipartFile.of("multipart/form-data", body, "file")).isEmpty();
    }
}
