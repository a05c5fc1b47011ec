package jp.mynaportal.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCrlSourceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final TestCa ca = new TestCa("CRL CA", NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)));

    private Path crlIssuedAt(Instant thisUpdate) {
        return ca.writeCrl(folder.resolve("ca.crl"), thisUpdate, NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void crlIssuedSecondsAheadOfTheServerClockIsCurrentWithinTheSkew() {
        FileCrlSource crls = new FileCrlSource(List.of(crlIssuedAt(NOW.plusSeconds(5))), CLOCK, Duration.ofSeconds(60));

        assertThat(crls.currentCrl(ca.certificate()).getThisUpdate().toInstant())
                .isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void crlIssuedAheadOfTheServerClockIsNotCurrentWithoutSkew() {
        FileCrlSource crls = new FileCrlSource(List.of(crlIssuedAt(NOW.plusSeconds(5))), CLOCK, Duration.ZERO);

        assertThatThrownBy(() -> crls.currentCrl(ca.certificate())).isInstanceOf(RevocationUnavailableException.class);
    }

    @Test
    void crlIssuedFurtherAheadThanTheSkewIsNotCurrent() {
        FileCrlSource crls =
                new FileCrlSource(List.of(crlIssuedAt(NOW.plusSeconds(300))), CLOCK, Duration.ofSeconds(60));

        assertThatThrownBy(() -> crls.currentCrl(ca.certificate())).isInstanceOf(RevocationUnavailableException.class);
    }

    @Test
    void crlPastItsNextUpdateIsNotCurrentWhateverTheSkew() {
        Path file = ca.writeCrl(folder.resolve("old.crl"), NOW.minus(Duration.ofDays(2)), NOW.minusSeconds(1));
        FileCrlSource crls = new FileCrlSource(List.of(file), CLOCK, Duration.ofSeconds(60));

        assertThatThrownBy(() -> crls.currentCrl(ca.certificate())).isInstanceOf(RevocationUnavailableException.class);
    }

    @Test
    void negativeSkewIsRefused() {
        assertThatThrownBy(() -> new FileCrlSource(List.of(), CLOCK, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
