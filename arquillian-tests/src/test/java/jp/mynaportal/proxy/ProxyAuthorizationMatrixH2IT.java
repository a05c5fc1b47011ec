package jp.mynaportal.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.connect.ConnectService;
import jp.mynaportal.connect.NoticeSharingService;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangePeriod;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.proxy.ProxyServiceContract.People;
import jp.mynaportal.proxy.ProxyServiceContract.People.Person;
import jp.mynaportal.selfinfo.SelfInfoQuestion;
import jp.mynaportal.selfinfo.SelfInfoService;
import jp.mynaportal.support.Callers;
import jp.mynaportal.support.PortalDeployment;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsageQuery;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix of a 代理人, through the real services in the container: a 代理人 granted
 * お知らせ, やりとり履歴, 外部サイトへのお知らせ情報提供 and あなたの情報 in the 分野 税 acts for the resident in one session that stays
 * open, while the registration moves through time (before, during and after its period), the
 * resident narrows or revokes it through the service, or a card is reissued or its certificate revoked. Every call is decided afresh: only the
 * granted services and 分野, only during the period of a live registration with both cards current;
 * everything else (other 分野, applications, 利用者登録, 利用履歴, 代理人 settings, もっとつながる) is
 * refused at every time.
 */
@ExtendWith(ArquillianExtension.class)
class ProxyAuthorizationMatrixH2IT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final String TERMINAL = People.TERMINAL;

    /** What a call ended with. */
    enum Answer {
        SERVED,
        /** Refused by the access policy (the service layer, on every call). */
        REFUSED,
        /** Refused by the role: a 代理人's session is never a resident's. */
        NOT_A_ROLE_OF_PROXIES
    }

    private static final Set<ProxyScope> GRANTED =
            Set.of(ProxyScope.NOTICES, ProxyScope.EXCHANGE, ProxyScope.SELF_INFORMATION, ProxyScope.NOTICE_SHARING);

    private People people;
    private Person resident;
    private Person proxy;
    private long registration;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void registerAndAct() throws Exception {
        people = new People();
        resident = people.registered("本人");
        proxy = people.registered("代理");
        people.logIn(resident);
        ProxyService proxies = CDI.current().select(ProxyService.class).get();
        registration = proxies.start(new ProxyGrant(GRANTED, Set.of("tax"), TODAY, TODAY.plusDays(30)));
        proxies.confirmAsResident(registration, resident.reader(), People.PIN.toCharArray(), TERMINAL);
        proxies.confirmAsProxy(registration, proxy.reader(), People.PIN.toCharArray(), TERMINAL);
        people.actAs(proxy, registration);
    }

    @AfterEach
    void removeCards() throws Exception {
        people.close();
    }

    /** Every probe: one service call of the matrix, named by service and scope. */
    private static Map<String, Callable<?>> probes() {
        NoticeService notices = CDI.current().select(NoticeService.class).get();
        ExchangeHistoryService exchange =
                CDI.current().select(ExchangeHistoryService.class).get();
        SelfInfoService selfInfo = CDI.current().select(SelfInfoService.class).get();
        Map<String, Callable<?>> probes = new LinkedHashMap<>();
        probes.put("お知らせ READ", () -> notices.inbox(NoticeQuery.current()));
        probes.put("お知らせ unread count", notices::unread);
        probes.put("やりとり履歴 READ", () -> exchange.requests(TERMINAL));
        probes.put(
                "やりとり履歴 WRITE",
                () -> exchange.request(new ExchangePeriod(TODAY.minusMonths(1), TODAY.minusDays(1)), TERMINAL));
        probes.put(
                "あなたの情報 分野 税 READ",
                () -> selfInfo.lookUp(new SelfInfoQuestion(List.of("tax_income"), TODAY), TERMINAL));
        probes.put(
                "あなたの情報 分野 健康 READ",
                () -> selfInfo.lookUp(new SelfInfoQuestion(List.of("health_card"), TODAY), TERMINAL));
        probes.put(
                "あなたの情報 分野 税 and 健康 READ",
                () -> selfInfo.lookUp(new SelfInfoQuestion(List.of("tax_income", "health_card"), TODAY), TERMINAL));
        NoticeSharingService sharing =
                CDI.current().select(NoticeSharingService.class).get();
        probes.put("外部サイトへのお知らせ情報提供 READ", sharing::sites);
        probes.put("外部サイトへのお知らせ情報提供 WRITE", () -> {
            sharing.allow("no-such-site", true, TERMINAL);
            return null;
        });
        probes.put(
                "もっとつながる",
                () -> CDI.current().select(ConnectService.class).get().prompt(null));
        probes.put(
                "申請",
                () -> CDI.current()
                        .select(ApplicationService.class)
                        .get()
                        .start(List.of(new ProcedureRef("pittari", "x"))));
        probes.put(
                "利用者登録変更",
                () -> CDI.current().select(AccountService.class).get().settings());
        probes.put(
                "利用履歴",
                () -> CDI.current()
                        .select(UsageLogService.class)
                        .get()
                        .history(new UsageQuery(
                                java.time.Instant.now().minusSeconds(86_400),
                                java.time.Instant.now(),
                                Set.of(UsageKind.values()),
                                0,
                                10)));
        probes.put(
                "代理人 settings",
                () -> CDI.current().select(ProxyService.class).get().registrations());
        probes.put(
                "代理人として利用する (list)",
                () -> CDI.current().select(ProxyService.class).get().mandates());
        return probes;
    }

    /** The matrix while the registration grants: the granted services and 分野 only. */
    private static final Map<String, Answer> DURING = Map.ofEntries(
            Map.entry("お知らせ READ", Answer.SERVED),
            Map.entry("お知らせ unread count", Answer.SERVED),
            Map.entry("やりとり履歴 READ", Answer.SERVED),
            Map.entry("やりとり履歴 WRITE", Answer.SERVED),
            Map.entry("あなたの情報 分野 税 READ", Answer.SERVED),
            Map.entry("あなたの情報 分野 健康 READ", Answer.REFUSED),
            Map.entry("あなたの情報 分野 税 and 健康 READ", Answer.REFUSED),
            Map.entry("外部サイトへのお知らせ情報提供 READ", Answer.SERVED),
            Map.entry("外部サイトへのお知らせ情報提供 WRITE", Answer.SERVED),
            Map.entry("もっとつながる", Answer.REFUSED),
            Map.entry("申請", Answer.NOT_A_ROLE_OF_PROXIES),
            Map.entry("利用者登録変更", Answer.NOT_A_ROLE_OF_PROXIES),
            Map.entry("利用履歴", Answer.NOT_A_ROLE_OF_PROXIES),
            Map.entry("代理人 settings", Answer.NOT_A_ROLE_OF_PROXIES),
            Map.entry("代理人として利用する (list)", Answer.NOT_A_ROLE_OF_PROXIES));

    /** The matrix when the registration does not grant now: nothing is served. */
    private static Map<String, Answer> nothingServed() {
        Map<String, Answer> refused = new LinkedHashMap<>();
        DURING.forEach((probe, answer) -> refused.put(probe, answer == Answer.SERVED ? Answer.REFUSED : answer));
        return refused;
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        probes().forEach((name, probe) -> answers.put(name, answer(probe)));
        return answers;
    }

    private static Answer answer(Callable<?> probe) {
        try {
            probe.call();
            return Answer.SERVED;
        } catch (AccessDeniedException e) {
            return Answer.REFUSED;
        } catch (EJBAccessException e) {
            return Answer.NOT_A_ROLE_OF_PROXIES;
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    /**
     * Moves the registration's period. SQL on purpose: the service refuses a period that began in
     * the past or has ended (as it must), and the test cannot move the clock, so only this puts
     * today before, inside or after the period.
     */
    private void period(LocalDate from, LocalDate to) throws Exception {
        People.update(
                "UPDATE proxy_registration SET valid_from = ?, valid_to = ? WHERE id = ?",
                java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(to),
                registration);
    }

    @Test
    void duringThePeriodOnlyTheGrantedServicesAndFieldsAreServed() {
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(DURING);
    }

    @Test
    void theSelfInformationPageOffersTheProxyOnlyTheGrantedFields() {
        assertThat(CDI.current().select(SelfInfoService.class).get().readableFields())
                .extracting(jp.mynaportal.selfinfo.FieldInfo::code)
                .containsExactly("tax");
    }

    @Test
    void beforeThePeriodTheOpenSessionIsServedNothing() throws Exception {
        period(TODAY.plusDays(1), TODAY.plusDays(30));
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void afterThePeriodTheOpenSessionIsServedNothing() throws Exception {
        period(TODAY.minusDays(30), TODAY.minusDays(1));
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void onTheLastDayOfThePeriodTheGrantStillHolds() throws Exception {
        period(TODAY.minusDays(30), TODAY);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(DURING);
    }

    /**
     * The resident acts through the service as on their own 代理人 page, while the 代理人's session
     * stays open; then the 代理人's session goes on with its next call.
     */
    private void whileTheProxysSessionStaysOpen(Callable<?> residentsAct) throws Exception {
        Object proxysSession = Callers.heldSession();
        people.logIn(resident);
        residentsAct.call();
        assertThat(Callers.resume(proxysSession))
                .as("the 代理人's open session goes on")
                .isTrue();
    }

    @Test
    void afterRevocationTheOpenSessionIsServedNothingOnItsNextCall() throws Exception {
        whileTheProxysSessionStaysOpen(() -> {
            CDI.current().select(ProxyService.class).get().revoke(registration, TERMINAL);
            return null;
        });

        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void afterTheResidentTakesAServiceAwayTheOpenSessionLosesItOnItsNextCall() throws Exception {
        Set<ProxyScope> fewer = EnumSet.copyOf(GRANTED);
        fewer.remove(ProxyScope.NOTICE_SHARING);
        whileTheProxysSessionStaysOpen(() -> CDI.current()
                .select(ProxyService.class)
                .get()
                .change(registration, new ProxyGrant(fewer, Set.of("tax"), TODAY, TODAY.plusDays(30)), TERMINAL));

        Map<String, Answer> expected = new LinkedHashMap<>(DURING);
        expected.put("外部サイトへのお知らせ情報提供 READ", Answer.REFUSED);
        expected.put("外部サイトへのお知らせ情報提供 WRITE", Answer.REFUSED);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void afterTheResidentsCardIsReissuedTheOpenSessionIsServedNothing() throws Exception {
        people.reissue(resident);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void afterTheProxysCardIsReissuedTheOpenSessionIsServedNothing() throws Exception {
        people.reissue(proxy);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void afterTheResidentsCertificateIsRevokedTheOpenSessionIsServedNothing() throws Exception {
        people.revoke(resident);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void afterTheProxysCertificateIsRevokedTheOpenSessionIsServedNothing() throws Exception {
        people.revoke(proxy);
        assertThat(answers()).containsExactlyInAnyOrderEntriesOf(nothingServed());
    }

    @Test
    void aStoppedRegistrationIsEndedAndBothAreTold() throws Exception {
        people.reissue(resident);

        int ended = CDI.current()
                .select(jp.mynaportal.proxy.internal.ProxyLapses.class)
                .get()
                .endLapsed();

        assertThat(ended).isPositive();
        assertThat(People.count(
                        "SELECT COUNT(*) FROM proxy_registration WHERE id = ? AND state = 'STOPPED'", registration))
                .isEqualTo(1);
        for (Person person : List.of(resident, proxy)) {
            assertThat(People.count(
                            "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_STOPPED'",
                            person.residentId()))
                    .isEqualTo(1);
            assertThat(People.count(
                            "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = 'PROXY_ENDED'"
                                    + " AND result = 'STOPPED' AND purpose = 'PORTAL'",
                            person.residentId()))
                    .as("利用履歴 of " + person.name())
                    .isEqualTo(1);
        }
    }

    @Test
    void anExpiredRegistrationIsEndedAndBothAreTold() throws Exception {
        period(TODAY.minusDays(30), TODAY.minusDays(1));
        String address = "proxy-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@mail.test";
        // the 代理人's choice of お知らせ通知 by mail, as 利用者登録変更 stores it once the address is confirmed
        People.update(
                "UPDATE user_account SET email = ?, notice_mail = TRUE WHERE resident_id = ?",
                address,
                proxy.residentId());

        CDI.current()
                .select(jp.mynaportal.proxy.internal.ProxyLapses.class)
                .get()
                .endLapsed();

        assertThat(People.count(
                        "SELECT COUNT(*) FROM proxy_registration WHERE id = ? AND state = 'EXPIRED'", registration))
                .isEqualTo(1);
        for (Person person : List.of(resident, proxy)) {
            assertThat(People.count(
                            "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_EXPIRED'",
                            person.residentId()))
                    .isEqualTo(1);
        }
        assertThat(People.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", address))
                .as("the mail the 代理人 chose")
                .isEqualTo(1);
    }
}
