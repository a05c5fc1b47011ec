package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    private final RequestLimits limits = new RequestLimits(1000, 5000, 10, 3);

    @Test
    void withoutSettingsTheDefaultsApply() {
        RequestLimits defaults = RequestLimits.from(key -> null);
        assertThat(defaults.maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(defaults.maxUploadBytes()).isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void aSettingReplacesItsDefault() {
        assertThat(RequestLimits.from(key -> key.equals(RequestLimits.MAX_BODY_BYTES) ? "4096" : null)
                        .maxBodyBytes())
                .isEqualTo(4096);
    }

    @Test
    void aSettingThatIsNotANumberStopsTheStart() {
        assertThatThrownBy(() -> RequestLimits.from(key -> "lots")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filesHaveTheUploadLimitAndEverythingElseTheBodyLimit() {
        assertThat(limits.maxBytesFor("multipart/form-data; boundary=x")).isEqualTo(5000);
        assertThat(limits.maxBytesFor("image/png")).isEqualTo(5000);
        assertThat(limits.maxBytesFor("application/pdf")).isEqualTo(5000);
        assertThat(limits.maxBytesFor("application/json")).isEqualTo(1000);
        assertThat(limits.maxBytesFor("application/x-www-form-urlencoded")).isEqualTo(1000);
        assertThat(limits.maxBytesFor(null)).isEqualTo(1000);
    }

    @Test
    void aParameterRepeatedMoreOftenThanAllowedIsRefused() {
        assertThat(limits.allowsQuery("p=1&p=2&p=3")).isTrue();
        assertThat(limits.allowsQuery("p=1&p=2&p=3&p=4")).isFalse();
    }

    @Test
    void moreParametersThanAllowedAreRefused() {
        assertThat(limits.allowsQuery("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10"))
                .isTrue();
        assertThat(limits.allowsQuery("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11"))
                .isFalse();
    }

    @Test
    void emptyPiecesOfAQueryDoNotCount() {
        assertThat(limits.allowsQuery("&&&&&&&&&&&&&&p=1&&&")).isTrue();
    }

    @Test
    void decodedParametersAreCountedByValue() {
        assertThat(limits.allowsParameters(Map.of("p", new String[] {"1", "2", "3"})))
                .isTrue();
        assertThat(limits.allowsParameters(Map.of("p", new String[] {"1", "2", "3", "4"})))
                .isFalse();
    }
}
