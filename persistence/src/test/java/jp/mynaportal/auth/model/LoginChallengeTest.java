package jp.mynaportal.auth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginChallengeTest {

    private static final Instant ISSUED = Instant.parse("2025-04-01T09:00:00Z");
    private final LoginChallenge challenge = new LoginChallenge("nonce", "session-a", ISSUED, Duration.ofMinutes(5));

    @Test
    void isAcceptedFromItsOwnSessionWithinFiveMinutes() {
        assertThat(challenge.check("session-a", ISSUED.plusSeconds(299))).isEqualTo(LoginChallenge.Check.ACCEPTED);
    }

    @Test
    void isExpiredAfterFiveMinutes() {
        assertThat(challenge.check("session-a", ISSUED.plusSeconds(300))).isEqualTo(LoginChallenge.Check.EXPIRED);
    }

    @Test
    void isUnknownToAnotherSession() {
        assertThat(challenge.check("session-b", ISSUED.plusSeconds(1))).isEqualTo(LoginChallenge.Check.UNKNOWN);
    }
}
