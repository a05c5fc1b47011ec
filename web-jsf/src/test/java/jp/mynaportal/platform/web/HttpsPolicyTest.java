package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.mynaportal.platform.web.HttpsPolicy.Verdict;
import org.junit.jupiter.api.Test;

class HttpsPolicyTest {

    private static final HttpsPolicy PRODUCTION = HttpsPolicy.from(key -> null);
    private static final HttpsPolicy BEHIND_PROXY =
            HttpsPolicy.from(Map.of("mynaportal.https.proxy-header", "X-Forwarded-Proto")::get);

    @Test
    void productionRedirectsAPlainHttpPageVisitToHttps() {
        assertThat(PRODUCTION.judge(false, null, "GET")).isEqualTo(Verdict.REDIRECT);
        assertThat(PRODUCTION.secureLocation("portal.example", "/pittari/search.xhtml", "q=1"))
                .isEqualTo("https://portal.example/pittari/search.xhtml?q=1");
    }

    @Test
    void productionRefusesAPlainHttpPostInsteadOfRedirectingIt() {
        assertThat(PRODUCTION.judge(false, null, "POST")).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void anHttpsRequestIsServedWithHsts() {
        assertThat(PRODUCTION.judge(true, null, "POST")).isEqualTo(Verdict.SERVE_SECURE);
        assertThat(PRODUCTION.hsts()).isEqualTo("max-age=31536000");
    }

    @Test
    void behindAProxyThatSaysHttpsTheRequestIsSecure() {
        assertThat(BEHIND_PROXY.judge(false, "https", "GET")).isEqualTo(Verdict.SERVE_SECURE);
    }

    @Test
    void behindAProxyThatDoesNotSayHttpsEvenAPageVisitIsRefused() {
        assertThat(BEHIND_PROXY.judge(false, null, "GET")).isEqualTo(Verdict.REFUSE);
        assertThat(BEHIND_PROXY.judge(false, "http", "GET")).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void withoutAConfiguredProxyHeaderAForgedHeaderDoesNotMakeARequestSecure() {
        assertThat(PRODUCTION.judge(false, "https", "GET")).isEqualTo(Verdict.REDIRECT);
    }

    @Test
    void theDemoServesPlainHttp() {
        HttpsPolicy demo = HttpsPolicy.from(Map.of("mynaportal.profile", "demo")::get);
        assertThat(demo.judge(false, null, "POST")).isEqualTo(Verdict.SERVE);
    }

    @Test
    void aConfiguredPortAndAnIpv6HostMakeAValidAddress() {
        HttpsPolicy policy = HttpsPolicy.from(Map.of("mynaportal.https.port", "8443")::get);
        assertThat(policy.secureLocation("::1", "/", null)).isEqualTo("https://[::1]:8443/");
    }
}
