package jp.mynaportal.pki;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PkiSettingsTest {

    @Test
    void skewOfMoreThanTenMinutesIsRefused() {
        assertThatThrownBy(() -> new PkiSettings(Duration.ofSeconds(601))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeSkewIsRefused() {
        assertThatThrownBy(() -> new PkiSettings(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
