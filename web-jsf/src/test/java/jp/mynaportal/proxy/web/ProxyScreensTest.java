package jp.mynaportal.proxy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProxyScreensTest {

    @Test
    void theMobileClientHintMakesAPhone() {
        assertThat(ProxyScreens.phone("?1", "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0"))
                .isTrue();
    }

    @Test
    void anAndroidPhoneIsAPhone() {
        assertThat(
                        ProxyScreens.phone(
                                null,
                                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"))
                .isTrue();
    }

    @Test
    void anIphoneIsAPhone() {
        assertThat(ProxyScreens.phone(null, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148"))
                .isTrue();
    }

    @Test
    void aDesktopBrowserIsNotAPhone() {
        assertThat(ProxyScreens.phone("?0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36"))
                .isFalse();
    }

    @Test
    void anAndroidTabletIsNotAPhone() {
        assertThat(ProxyScreens.phone(null, "Mozilla/5.0 (Linux; Android 14; SM-X710) Chrome/126.0 Safari/537.36"))
                .isFalse();
    }
}
