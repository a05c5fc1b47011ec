package jp.mynaportal.auth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhoneLoginRequestTest {

    private static final Instant EXPIRES = Instant.parse("2026-12-02T06:02:00Z");

    private final PhoneLoginRequest request = new PhoneLoginRequest("r1", "browser-1", "nonce", EXPIRES);

    @Test
    void aNewRequestIsConfirmableUntilItExpires() {
        assertThat(request.confirmableAt(EXPIRES.minusMillis(1))).isTrue();
    }

    @Test
    void aRequestIsNoLongerConfirmableAtItsExpiry() {
        assertThat(request.confirmableAt(EXPIRES)).isFalse();
    }

    @Test
    void belongsToTheBrowserSessionThatShowedItOnly() {
        assertThat(request.shownIn("browser-1")).isTrue();
        assertThat(request.shownIn("browser-2")).isFalse();
    }
}
