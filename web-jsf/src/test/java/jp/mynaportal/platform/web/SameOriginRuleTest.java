package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginRuleTest {

    private final SameOriginRule rule = new SameOriginRule(Set.of("https://portal.example.jp"));

    @Test
    void aGetIsNeverRefused() {
        assertThat(rule.allows("GET", "portal.test", false, "cross-site", "https://evil.test", null))
                .isTrue();
    }

    @Test
    void aPostFromTheSameOriginPasses() {
        assertThat(rule.allows("POST", "portal.test:8080", false, "same-origin", "http://portal.test:8080", null))
                .isTrue();
    }

    @Test
    void aPostFromAnotherOriginIsRefused() {
        assertThat(rule.allows("POST", "portal.test:8080", false, null, "http://evil.test", null))
                .isFalse();
    }

    @Test
    void aPostThatTheBrowserCallsCrossSiteIsRefused() {
        assertThat(rule.allows("POST", "portal.test", false, "cross-site", null, null))
                .isFalse();
    }

    @Test
    void aPostFromASiblingOriginIsRefused() {
        assertThat(rule.allows("POST", "portal.test", false, "same-site", "http://blog.portal.test", null))
                .isFalse();
        assertThat(rule.allows("PUT", "portal.test", false, null, "http://blog.portal.test", null))
                .isFalse();
    }

    @Test
    void anOpaqueOriginIsRefused() {
        assertThat(rule.allows("POST", "portal.test", false, null, "null", null))
                .isFalse();
    }

    @Test
    void theSameHostOnAnotherPortIsAnotherOrigin() {
        assertThat(rule.allows("DELETE", "portal.test:8080", false, null, "http://portal.test:9090", null))
                .isFalse();
    }

    @Test
    void withoutOriginTheRefererDecides() {
        assertThat(rule.allows("POST", "portal.test", false, null, null, "http://portal.test/pittari/apply/form.xhtml"))
                .isTrue();
        assertThat(rule.allows("POST", "portal.test", false, null, null, "http://evil.test/x"))
                .isFalse();
    }

    @Test
    void aClientThatIsNoBrowserPasses() {
        assertThat(rule.allows("POST", "portal.test", false, null, null, null)).isTrue();
    }

    @Test
    void theConfiguredOriginPassesBehindAProxy() {
        assertThat(rule.allows("POST", "10.0.0.5:8080", false, null, "https://portal.example.jp", null))
                .isTrue();
    }

    @Test
    void overHttpsTheDefaultPortIsLeftOut() {
        assertThat(rule.allows("POST", "portal.test:443", true, null, "https://portal.test", null))
                .isTrue();
        assertThat(rule.allows("POST", "portal.test", true, null, "http://portal.test", null))
                .isFalse();
    }
}
