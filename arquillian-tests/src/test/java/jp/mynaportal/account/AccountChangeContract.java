package jp.mynaportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.support.Callers;
import jp.mynaportal.support.SmtpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 利用者登録変更 in the container, with its mails through a real SMTP server (GreenMail): the
 * nickname counted as a person counts, a new address used only after its single-use link, ログイン通知
 * without PIN or card, お知らせ通知, the mail after a change, and 利用者登録の削除 (registration and
 * personal notices removed, the usage log kept). The demo resident 高橋 健 is the resident; every
 * test gives him an address of its own, and a deletion registers him again.
 */
abstract class AccountChangeContract {

    private static final Pattern LINK = Pattern.compile("confirm-email\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String YOSHI = "\uD842\uDFB7";

    private AccountService accounts;
    private NoticeService notices;
    private DataSource dataSource;
    private String ken;

    @BeforeEach
    void logIn() throws Exception {
        accounts = CDI.current().select(AccountService.class).get();
        notices = CDI.current().select(NoticeService.class).get();
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        ken = Callers.logInRegistered("ken", "4567", "目黒窓口");
    }

    private static AccountChange change(String nickname, String email, boolean loginMail, boolean noticeMail) {
        AccountChange change = new AccountChange();
        change.setNickname(nickname);
        change.setEmail(email);
        change.setLoginMail(loginMail);
        change.setNoticeMail(noticeMail);
        return change;
    }

    /** Gives ken a new address, confirmed through the link mailed to it. */
    private String confirmedAddress(SmtpServer server, boolean loginMail, boolean noticeMail) {
        String address = "ken-" + UUID.randomUUID() + "@example.jp";
        assertThat(accounts.change(change("目黒窓口", address, loginMail, noticeMail), "ja", "test"))
                .isTrue();
        assertThat(accounts.confirmEmail(token(server.await(address, 1).get(0)), "test"))
                .isEqualTo(EmailConfirmation.CONFIRMED);
        return address;
    }

    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(SmtpServer.text(mail));
        assertThat(link.find()).as("a confirmation link").isTrue();
        return link.group(1);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, ken);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void acceptsTwentyCharactersCountedAsAPersonCountsAndRefusesTwentyOne() {
        accounts.change(change(YOSHI.repeat(20), null, false, false), "ja", "test");
        assertThat(accounts.settings().nickname()).isEqualTo(YOSHI.repeat(20));

        assertThatThrownBy(() -> accounts.change(change("あ".repeat(21), null, false, false), "ja", "test"))
                .isNotNull();
        assertThat(accounts.settings().nickname()).isEqualTo(YOSHI.repeat(20));
        accounts.change(change("目黒窓口", null, false, false), "ja", "test");
    }

    @Test
    void usesANewAddressOnlyAfterItsLinkIsOpenedAndTheLinkOnlyOnce() {
        try (SmtpServer server = SmtpServer.start()) {
            String before = accounts.settings().email();
            String address = "ken-" + UUID.randomUUID() + "@example.jp";
            accounts.change(change("目黒窓口", address, false, false), "ja", "test");
            assertThat(accounts.settings().email()).isEqualTo(before);

            MimeMessage mail = server.await(address, 1).get(0);
            String token = token(mail);
            assertThat(accounts.confirmEmail(token, "test")).isEqualTo(EmailConfirmation.CONFIRMED);
            assertThat(accounts.settings().email()).isEqualTo(address);
            assertThat(accounts.confirmEmail(token, "test")).isEqualTo(EmailConfirmation.EXPIRED);
            assertThat(accounts.confirmEmail("x".repeat(43), "test")).isEqualTo(EmailConfirmation.UNKNOWN);
        }
    }

    @Test
    void mailsTheTimeAndMethodOfEachLoginButNeitherPinNorCard() throws Exception {
        try (SmtpServer server = SmtpServer.start()) {
            String address = confirmedAddress(server, true, false);
            Callers.logInRegistered("ken", "4567", "目黒窓口");
            List<MimeMessage> mails = server.await(address, 2);
            MimeMessage login = mails.get(1);
            assertThat(login.getSubject()).contains("ログイン");
            assertThat(SmtpServer.text(login)).contains("カードリーダー").doesNotContain("4567", "Virtual JPKI reader", "ken");
        }
    }

    @Test
    void mailsANewNoticeAndAChangeToAResidentWhoAskedForThem() throws Exception {
        try (SmtpServer server = SmtpServer.start()) {
            String address = confirmedAddress(server, false, true);
            notices.notify(ken, NoticeKind.APPLICATION_RECEIVED, List.of("手続", "R-1"), null);
            assertThat(server.await(address, 2).get(1).getSubject()).contains("お知らせ");

            accounts.change(change("めぐろ", address, false, true), "en", "test");
            assertThat(server.await(address, 3).get(2).getSubject()).contains("registration was changed");
            accounts.change(change("目黒窓口", address, false, false), "ja", "test");
        }
    }

    @Test
    void deletesTheRegistrationAndPersonalNoticesButKeepsTheUsageLog() throws Exception {
        try (SmtpServer server = SmtpServer.start()) {
            String address = confirmedAddress(server, false, false);
            notices.notify(ken, NoticeKind.APPLICATION_RECEIVED, List.of("手続", "R-2"), null);
            assertThat(count("SELECT COUNT(*) FROM notice WHERE resident_id = ?"))
                    .isPositive();
            long logged = count("SELECT COUNT(*) FROM usage_log WHERE resident_id = ?");
            // other tests on the shared database (the service security test) may have closed ken's account before
            long deletedBefore =
                    count("SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = 'ACCOUNT_DELETED'");

            accounts.delete("test");

            assertThat(server.await(address, 2).get(1).getSubject()).contains("削除");
            assertThat(count("SELECT COUNT(*) FROM user_account WHERE resident_id = ?"))
                    .isZero();
            assertThat(count("SELECT COUNT(*) FROM notice WHERE resident_id = ?"))
                    .isZero();
            assertThat(count("SELECT COUNT(*) FROM usage_log WHERE resident_id = ?"))
                    .isGreaterThan(logged);
            assertThat(count("SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = 'ACCOUNT_DELETED'"))
                    .isEqualTo(deletedBefore + 1);
        } finally {
            Callers.logInRegistered("ken", "4567", "目黒窓口");
        }
    }
}
