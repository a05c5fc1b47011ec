package jp.mynaportal.pittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-OLDnonce123=';";
    private static final String PAGE = "<script nonce=\"OLDnonce123=\">PrimeFaces.csp.init('OLDnonce123=');</script>"
            + "<p>子育て</p><script src=\"/a.js\" nonce=\"OLDnonce123=\"></script>";

    @Test
    void everyResponsePutsItsOwnNonceWhereTheRenderedOneStood() {
        CachedPage page = CachedPage.of(PAGE, POLICY, "text/html;charset=UTF-8").orElseThrow();

        assertThat(new String(page.body("NEW1"), StandardCharsets.UTF_8))
                .isEqualTo(PAGE.replace("OLDnonce123=", "NEW1"))
                .doesNotContain("OLDnonce123=");
        assertThat(page.policy("NEW1")).isEqualTo(POLICY.replace("OLDnonce123=", "NEW1"));
        assertThat(new String(page.body("NEW2"), StandardCharsets.UTF_8))
                .isEqualTo(PAGE.replace("OLDnonce123=", "NEW2"));
    }

    @Test
    void aPageWithoutNonceIsKeptAsItIs() {
        CachedPage page =
                CachedPage.of("<p>子育て</p>", "default-src 'self'", "text/html").orElseThrow();

        assertThat(new String(page.body("ignored"), StandardCharsets.UTF_8)).isEqualTo("<p>子育て</p>");
        assertThat(page.policy("ignored")).isEqualTo("default-src 'self'");
    }

    @Test
    void aPageUsingANonceItsPolicyDoesNotNameIsNotKept() {
        assertThat(CachedPage.of(PAGE, "default-src 'self'", "text/html")).isEmpty();
    }
}
