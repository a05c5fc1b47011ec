package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalProfileTest {

    @Test
    void withoutASettingTheProfileIsProduction() {
        assertThat(PortalProfile.from(key -> null)).isEqualTo(PortalProfile.PRODUCTION);
    }

    @Test
    void theDemoIsAskedForByName() {
        assertThat(PortalProfile.of(" Demo ")).isEqualTo(PortalProfile.DEMO);
    }

    @Test
    void anyOtherValueIsProduction() {
        assertThat(PortalProfile.of("default").demo()).isFalse();
    }
}
