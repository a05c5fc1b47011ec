package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void everyReasonHasATitleAndATextInJapaneseAndEnglish() {
        for (Refusal.Reason reason : Refusal.Reason.values()) {
            assertThat(Refusal.texts(reason, "ja"))
                    .allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(Refusal.texts(reason, "en-US"))
                    .allSatisfy(t -> assertThat(t).isNotBlank());
        }
    }

    @Test
    void theProblemDocumentCarriesTheStatusAndTheJapaneseTitle() {
        JsonObject problem = Json.createReader(new StringReader(Refusal.problem(Refusal.Reason.BODY_TOO_LARGE, null)))
                .readObject();
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getString("title")).isEqualTo("送信された内容が大きすぎます");
    }

    @Test
    void thePageIsJapaneseAndEscapesNothingUnsafe() {
        String page = Refusal.page(Refusal.Reason.CROSS_SITE, "ja", "/portal\"><script>");
        assertThat(page).contains("lang=\"ja\"", "この操作は受け付けられません").doesNotContain("<script>");
    }

    @Test
    void aStatusWithoutAReasonOfItsOwnIsAMalformedRequest() {
        assertThat(Refusal.Reason.of(418)).isEqualTo(Refusal.Reason.MALFORMED);
        assertThat(Refusal.Reason.of(415)).isEqualTo(Refusal.Reason.UNSUPPORTED_TYPE);
    }
}
