package jp.mynaportal.usage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.Test;

class UsageTextsTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final UsageRecord STAFF_OPENED = new UsageRecord(
            7,
            Instant.parse("2026-12-02T01:00:00Z"),
            "resident",
            "staff",
            "131016",
            "千代田区",
            UsageAction.APPLICATION_VIEWED_BY_STAFF,
            "131016-20261202-00000001",
            "counter",
            UsageEvent.PURPOSE_APPLICATION_REVIEW);

    private static UsageTexts texts(Locale locale, String viewer) {
        return new UsageTexts(ResourceBundle.getBundle("jp.mynaportal.platform.web.messages", locale), locale, viewer);
    }

    @Test
    void tellsTheResidentWhichMunicipalitysStaffOpenedTheirApplicationAndWhy() {
        UsageTexts resident = texts(JA, "resident");
        assertThat(resident.operation(STAFF_OPENED)).isEqualTo("千代田区の職員が申請内容を確認しました");
        assertThat(resident.actor(STAFF_OPENED)).isEqualTo("千代田区の職員");
        assertThat(resident.purpose(STAFF_OPENED)).isEqualTo("申請の審査");
    }

    @Test
    void tellsTheResidentThatStaffResetTheirPinAtTheCounterAtTheirRequest() {
        UsageRecord reset = new UsageRecord(
                9,
                Instant.parse("2026-12-02T02:00:00Z"),
                "resident",
                "staff",
                "131016",
                "千代田区",
                UsageAction.PIN_RESET,
                "SUCCESS",
                "counter",
                "COUNTER_PIN_RESET");
        assertThat(texts(JA, "resident").operation(reset)).isEqualTo("千代田区の職員が窓口で暗証番号を初期化しました");
        assertThat(texts(JA, "resident").purpose(reset)).isEqualTo("窓口でのご本人の依頼による暗証番号の初期化");
        assertThat(texts(Locale.ENGLISH, "resident").operation(reset))
                .isEqualTo("Staff of 千代田区 reset your PIN at the counter");
        assertThat(texts(JA, "staff").operation(reset)).isEqualTo("暗証番号の初期化");
    }

    @Test
    void tellsTheResidentThatStaffChangedTheirApplicationsStatus() {
        UsageRecord decided = new UsageRecord(
                10,
                Instant.parse("2026-12-02T03:00:00Z"),
                "resident",
                "staff",
                "131016",
                "千代田区",
                UsageAction.APPLICATION_STATUS_CHANGED,
                "RECEIVED->UNDER_REVIEW",
                "counter",
                UsageEvent.PURPOSE_APPLICATION_REVIEW);
        assertThat(texts(JA, "resident").operation(decided)).isEqualTo("千代田区の職員が申請の状況を変更しました");
        assertThat(texts(JA, "resident").actor(decided)).isEqualTo("千代田区の職員");
    }

    @Test
    void tellsTheStaffMemberWhatTheyDidAsStaff() {
        UsageTexts staff = texts(JA, "staff");
        assertThat(staff.operation(STAFF_OPENED)).isEqualTo("申請内容の確認");
        assertThat(staff.actor(STAFF_OPENED)).isEqualTo("あなた（職員として）");
    }

    @Test
    void namesTheResidentsOwnLoginsAndFailuresInEnglishToo() {
        UsageRecord failed = new UsageRecord(
                8, Instant.now(), "resident", "resident", null, null, UsageAction.LOGIN, "WRONG_PIN", "t", null);
        UsageTexts english = texts(Locale.ENGLISH, "resident");
        assertThat(english.operation(failed)).isEqualTo("Login");
        assertThat(english.actor(failed)).isEqualTo("You");
        assertThat(english.result(failed)).isEqualTo("Failed (wrong password)");
        assertThat(texts(JA, "resident").result(failed)).isEqualTo("失敗（パスワードの誤り）");
    }

    @Test
    void saysThatASessionEndedAtItsTimeInWords() {
        UsageRecord expired = new UsageRecord(
                9, Instant.now(), "resident", "resident", null, null, UsageAction.LOGOUT, "SESSION_EXPIRED", "t", null);
        assertThat(texts(JA, "resident").result(expired)).isEqualTo("ログインの有効時間の終了");
        assertThat(texts(Locale.ENGLISH, "resident").result(expired)).isEqualTo("the login time ran out");
    }

    @Test
    void namesEveryReasonALoginCanFailForInBothLanguages() {
        for (jp.mynaportal.auth.LoginOutcome outcome : jp.mynaportal.auth.LoginOutcome.values()) {
            UsageRecord failed = new UsageRecord(
                    10,
                    Instant.now(),
                    "resident",
                    "resident",
                    null,
                    null,
                    UsageAction.LOGIN,
                    outcome.name(),
                    "t",
                    null);
            for (Locale locale : List.of(JA, Locale.ENGLISH)) {
                assertThat(texts(locale, "resident").result(failed))
                        .as(outcome + " in " + locale)
                        .doesNotContain(outcome.name());
            }
        }
    }
}
