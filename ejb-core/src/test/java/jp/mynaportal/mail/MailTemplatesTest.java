package jp.mynaportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mynaportal.mail.internal.MailTemplates;
import jp.mynaportal.mail.model.MailKind;
import org.junit.jupiter.api.Test;

/** Every mail kind has a Japanese and an English template whose placeholders are all filled. */
class MailTemplatesTest {

    private static final List<String> PARAMETERS = List.of("P0", "P1", "P2");

    @Test
    void rendersEveryKindInJapaneseAndEnglishWithNoPlaceholderLeft() {
        for (MailKind kind : MailKind.values()) {
            for (String language : List.of("ja", "en")) {
                MailTemplates.Rendered mail = MailTemplates.render(kind, language, PARAMETERS);
                assertThat(mail.subject())
                        .as(kind + " " + language)
                        .isNotBlank()
                        .doesNotContain("{");
                assertThat(mail.body()).as(kind + " " + language).isNotBlank().doesNotContain("{", "}");
            }
        }
    }

    @Test
    void writesTheLoginMailInTheResidentsLanguageWithTimeAndMethod() {
        MailTemplates.Rendered ja = MailTemplates.render(MailKind.LOGIN, "ja", List.of("2026年12月2日 9時00分", "カード", "u"));
        MailTemplates.Rendered en =
                MailTemplates.render(MailKind.LOGIN, "en", List.of("2 Dec 2026 09:00 JST", "card", "u"));
        assertThat(ja.subject()).contains("ログイン");
        assertThat(ja.body()).contains("2026年12月2日 9時00分", "カード");
        assertThat(en.subject()).contains("logged in");
        assertThat(en.body()).contains("2 Dec 2026 09:00 JST");
    }
}
