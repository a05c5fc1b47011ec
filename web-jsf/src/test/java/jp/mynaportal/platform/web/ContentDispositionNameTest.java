package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionNameTest {

    @Test
    void theRfc5987NameCarriesJapanese() {
        assertThat(ContentDispositionName.of(
                        "attachment; filename=\"file.pdf\"; filename*=UTF-8''%E4%BD%8F%E6%B0%91%E7%A5%A8.pdf"))
                .contains("住民票.pdf");
    }

    @Test
    void aQuotedPlainNameIsRead() {
        assertThat(ContentDispositionName.of("attachment; filename=\"scan 1.png\""))
                .contains("scan 1.png");
    }

    @Test
    void aNameThatIsNotUtf8IsNoName() {
        assertThat(ContentDispositionName.of("attachment; filename*=UTF-8''%ff%fe.pdf"))
                .isEmpty();
    }

    @Test
    void noHeaderIsNoName() {
        assertThat(ContentDispositionName.of(null)).isEmpty();
        assertThat(ContentDispositionName.of("attachment")).isEmpty();
    }
}
