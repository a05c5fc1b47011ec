package jp.mynaportal.card.devpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JpkiCertificateProfileTest {

    @Test
    void aCertificateIssuedBeforeThisYearsBirthdayEndsOnTheBirthdayFourYearsLater() {
        assertThat(JpkiCertificateProfile.notAfter(LocalDate.of(1985, 4, 12), Instant.parse("2026-03-01T03:00:00Z")))
                .isEqualTo(Instant.parse("2030-04-12T14:59:59Z"));
    }

    @Test
    void aCertificateIssuedAfterThisYearsBirthdayEndsOnTheBirthdayFiveYearsLater() {
        assertThat(JpkiCertificateProfile.notAfter(LocalDate.of(1985, 4, 12), Instant.parse("2026-05-01T03:00:00Z")))
                .isEqualTo(Instant.parse("2031-04-12T14:59:59Z"));
    }

    @Test
    void aCertificateIssuedOnTheBirthdayDoesNotCountThatDay() {
        assertThat(JpkiCertificateProfile.notAfter(LocalDate.of(1985, 4, 12), Instant.parse("2026-04-12T03:00:00Z")))
                .isEqualTo(Instant.parse("2031-04-12T14:59:59Z"));
    }

    @Test
    void theDayOfIssueIsTheDayInJapan() {
        assertThat(JpkiCertificateProfile.notAfter(LocalDate.of(1985, 4, 12), Instant.parse("2026-04-11T16:00:00Z")))
                .isEqualTo(Instant.parse("2031-04-12T14:59:59Z"));
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryHasTheBirthdayOnTheTwentyEighthInOtherYears() {
        assertThat(JpkiCertificateProfile.notAfter(LocalDate.of(2000, 2, 29), Instant.parse("2026-01-10T03:00:00Z")))
                .isEqualTo(Instant.parse("2030-02-28T14:59:59Z"));
    }
}
