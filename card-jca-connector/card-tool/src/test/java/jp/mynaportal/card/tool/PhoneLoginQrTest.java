package jp.mynaportal.card.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PhoneLoginQrTest {

    private static final String CODE = "https://portal.example.jp/api/auth/phone/Ab_9-x/confirm"
            + "?challenge=q%2Bw%2Fe%3D&origin=https%3A%2F%2Fportal.example.jp";

    @Test
    void readsWhereToConfirmTheChallengeAndTheOrigin() {
        PhoneLoginQr qr = PhoneLoginQr.parse(CODE);

        assertThat(qr.confirmAt()).isEqualTo(URI.create("https://portal.example.jp/api/auth/phone/Ab_9-x/confirm"));
        assertThat(qr.challenge()).isEqualTo("q+w/e=");
        assertThat(qr.origin()).isEqualTo("https://portal.example.jp");
    }

    @Test
    void refusesACodeThatIsNotAPortalLoginCode() {
        assertThatThrownBy(() -> PhoneLoginQr.parse("https://shop.example.com/pay?challenge=a&origin=b"))
                .isInstanceOf(Arguments.UsageException.class)
                .hasMessageContaining("not a Mynaportal login code");
    }

    @Test
    void refusesACodeWithoutItsChallenge() {
        assertThatThrownBy(() -> PhoneLoginQr.parse(CODE.replaceAll("challenge=[^&]*&", "")))
                .isInstanceOf(Arguments.UsageException.class)
                .hasMessageContaining("challenge");
    }

    @Test
    void refusesAnotherScheme() {
        assertThatThrownBy(() -> PhoneLoginQr.parse(CODE.replace("https:", "javascript:")))
                .isInstanceOf(Arguments.UsageException.class);
    }
}
