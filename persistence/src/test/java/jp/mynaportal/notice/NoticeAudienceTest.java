package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mynaportal.notice.model.AudienceFacts;
import jp.mynaportal.notice.model.NoticeAudience;
import org.junit.jupiter.api.Test;

/** The audience rule at its edges: ages inclusive, a child strictly under N, every criterion at once. */
class NoticeAudienceTest {

    private static AudienceFacts resident(String lg, int age, int youngestChild, boolean allowance) {
        return new AudienceFacts("r-1", lg, age, youngestChild, allowance);
    }

    @Test
    void includesBothEndsOfTheAgeRangeAndNothingOutside() {
        NoticeAudience sixtyFiveToSeventy = NoticeAudience.criteria(null, 65, 70, null, false);
        assertThat(sixtyFiveToSeventy.includes(resident("131016", 64, AudienceFacts.NO_CHILD, false)))
                .isFalse();
        assertThat(sixtyFiveToSeventy.includes(resident("131016", 65, AudienceFacts.NO_CHILD, false)))
                .isTrue();
        assertThat(sixtyFiveToSeventy.includes(resident("131016", 70, AudienceFacts.NO_CHILD, false)))
                .isTrue();
        assertThat(sixtyFiveToSeventy.includes(resident("131016", 71, AudienceFacts.NO_CHILD, false)))
                .isFalse();
    }

    @Test
    void includesAHouseholdWhoseYoungestChildIsUnderTheAgeOnly() {
        NoticeAudience underSix = NoticeAudience.criteria(null, null, null, 6, false);
        assertThat(underSix.includes(resident("131016", 35, 5, false))).isTrue();
        assertThat(underSix.includes(resident("131016", 35, 6, false))).isFalse();
        assertThat(underSix.includes(resident("131016", 35, AudienceFacts.NO_CHILD, false)))
                .isFalse();
    }

    @Test
    void includesOnlyTheMunicipalityAndOnlyChildAllowanceHouseholdsWhenAsked() {
        NoticeAudience chiyodaAllowance = NoticeAudience.criteria("131016", null, null, null, true);
        assertThat(chiyodaAllowance.includes(resident("131016", 35, 3, true))).isTrue();
        assertThat(chiyodaAllowance.includes(resident("131016", 35, 3, false))).isFalse();
        assertThat(chiyodaAllowance.includes(resident("131105", 35, 3, true))).isFalse();
    }

    @Test
    void includesOneResidentOnlyThatResident() {
        NoticeAudience one = NoticeAudience.resident("r-1");
        assertThat(one.includes(resident("131016", 35, 3, true))).isTrue();
        assertThat(one.includes(new AudienceFacts("r-2", "131016", 35, 3, true)))
                .isFalse();
    }

    @Test
    void refusesAnAgeRangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> NoticeAudience.criteria(null, 70, 65, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
