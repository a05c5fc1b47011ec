package jp.mynaportal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.IssuedCard;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.connect.NoticeSharingService;
import jp.mynaportal.connect.SiteNoticeContract;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.proxy.CardCheck.Outcome;
import jp.mynaportal.proxy.ProxyServiceContract.People.Person;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 代理人 registrations inside Payara Micro, with the virtual cards of the test's own residents on
 * the card-reader adapter: a registration exists only after both cards confirmed it, abandoning
 * leaves nothing, each card step refuses the wrong card, the period has its maximum, both people
 * are told and both usage logs record it, narrowing applies at once while widening waits for the
 * 代理人's card, and a revocation ends it.
 */
public abstract class ProxyServiceContract {

    private static final String TERMINAL = People.TERMINAL;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private ProxyService proxies;
    private NoticeSharingService sharing;
    private People people;

    @BeforeEach
    void lookUp() {
        proxies = CDI.current().select(ProxyService.class).get();
        sharing = CDI.current().select(NoticeSharingService.class).get();
        people = new People();
    }

    @AfterEach
    void removeCards() throws Exception {
        people.close();
    }

    private static ProxyGrant notices(LocalDate to) {
        return new ProxyGrant(Set.of(ProxyScope.NOTICES), Set.of(), TODAY, to);
    }

    /** The resident registers the 代理人 with both cards; the registration's id. */
    private long register(Person resident, Person proxy, ProxyGrant grant) {
        people.logIn(resident);
        long id = proxies.start(grant);
        assertThat(proxies.confirmAsResident(id, resident.reader(), People.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(proxies.confirmAsProxy(id, proxy.reader(), People.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.CONFIRMED);
        return id;
    }

    @Test
    void theRegistrationExistsOnlyOnceBothCardsConfirmedIt() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), People.PIN.toCharArray(), TERMINAL);
        assertThat(proxies.registrations()).isEmpty();

        proxies.confirmAsProxy(id, proxy.reader(), People.PIN.toCharArray(), TERMINAL);

        assertThat(proxies.registrations()).singleElement().satisfies(r -> {
            assertThat(r.asResident()).isTrue();
            assertThat(r.proxyName()).isEqualTo(proxy.name());
            assertThat(r.state()).isEqualTo("ACTIVE");
            assertThat(r.usableNow()).isTrue();
        });
        people.logIn(proxy);
        assertThat(proxies.mandates())
                .extracting(ProxyRegistrationView::residentName)
                .containsExactly(resident.name());
    }

    @Test
    void aProxyWhoseRegistrationWaitsForTheirCardCannotActYet() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), People.PIN.toCharArray(), TERMINAL);

        people.logIn(proxy);

        assertThat(proxies.mandates()).isEmpty();
        AuthenticationService authentication =
                CDI.current().select(AuthenticationService.class).get();
        assertThatThrownBy(() -> authentication.proxyTicket(id, TERMINAL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void abandoningHalfWayLeavesNothing() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), People.PIN.toCharArray(), TERMINAL);

        proxies.abandon(id);

        assertThat(People.count("SELECT COUNT(*) FROM proxy_registration WHERE resident_id = ?", resident.residentId()))
                .isZero();
        assertThatThrownBy(() -> proxies.pending(id)).isInstanceOf(NoSuchRegistrationException.class);
    }

    @Test
    void aPendingRegistrationNobodyFinishedInTimeIsDropped() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        People.update("UPDATE proxy_registration SET pending_until = created_at WHERE id = ?", id);

        CDI.current()
                .select(jp.mynaportal.proxy.internal.ProxyLapses.class)
                .get()
                .endLapsed();

        assertThat(People.count("SELECT COUNT(*) FROM proxy_registration WHERE id = ?", id))
                .isZero();
    }

    @Test
    void theResidentsStepRefusesAnotherPersonsCard() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));

        CardCheck check = proxies.confirmAsResident(id, proxy.reader(), People.PIN.toCharArray(), TERMINAL);

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_THE_RESIDENT);
        assertThat(proxies.pending(id).residentConfirmed()).isFalse();
    }

    @Test
    void theProxysStepRefusesTheResidentsOwnCard() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), People.PIN.toCharArray(), TERMINAL);

        CardCheck check = proxies.confirmAsProxy(id, resident.reader(), People.PIN.toCharArray(), TERMINAL);

        assertThat(check.outcome()).isEqualTo(Outcome.SAME_PERSON);
    }

    @Test
    void aWrongPinIsRefusedWithTheTriesLeft() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));

        CardCheck check = proxies.confirmAsResident(id, resident.reader(), "9999".toCharArray(), TERMINAL);

        assertThat(check.outcome()).isEqualTo(Outcome.WRONG_PIN);
        assertThat(check.triesLeft()).isEqualTo(2);
    }

    @Test
    void aPeriodLongerThanTheMaximumIsRefusedBesideTheLastDay() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        int max = proxies.maxPeriodDays();

        assertThatThrownBy(() -> proxies.start(notices(TODAY.plusDays(max))))
                .isInstanceOfSatisfying(
                        InvalidProxyGrantException.class,
                        e -> assertThat(e.problems()).containsEntry("to", "proxy.error.to.tooLong"));
        assertThat(People.count("SELECT COUNT(*) FROM proxy_registration WHERE resident_id = ?", resident.residentId()))
                .isZero();
    }

    @Test
    void selfInformationNeedsAtLeastOneField() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);

        assertThatThrownBy(() -> proxies.start(
                        new ProxyGrant(Set.of(ProxyScope.SELF_INFORMATION), Set.of(), TODAY, TODAY.plusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidProxyGrantException.class,
                        e -> assertThat(e.problems()).containsKey("fields"));
    }

    @Test
    void bothAreToldAndBothUsageLogsRecordTheRegistration() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");

        register(resident, proxy, notices(TODAY.plusDays(30)));

        for (Person person : Set.of(resident, proxy)) {
            assertThat(People.count(
                            "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_REGISTERED'",
                            person.residentId()))
                    .as("notice to " + person.name())
                    .isEqualTo(1);
            assertThat(People.count(
                            "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = 'PROXY_REGISTERED'",
                            person.residentId()))
                    .as("usage log of " + person.name())
                    .isEqualTo(1);
        }
    }

    @Test
    void aShorterPeriodAppliesAtOnce() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        long id = register(resident, proxy, notices(TODAY.plusDays(30)));

        ProxyChange change = proxies.change(id, notices(TODAY.plusDays(10)), TERMINAL);

        assertThat(change.applied()).isTrue();
        assertThat(proxies.registrations())
                .singleElement()
                .satisfies(r -> assertThat(r.to()).isEqualTo(TODAY.plusDays(10)));
        assertBothToldAndLogged(resident, proxy, "PROXY_CHANGED");
    }

    /** Each of the two has one お知らせ of the kind and one entry of the same name in their usage log. */
    private static void assertBothToldAndLogged(Person resident, Person proxy, String kind) throws Exception {
        for (Person person : List.of(resident, proxy)) {
            assertThat(People.count(
                            "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = ?",
                            person.residentId(),
                            kind))
                    .as(kind + " notice to " + person.name())
                    .isEqualTo(1);
            assertThat(People.count(
                            "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = ?",
                            person.residentId(),
                            kind))
                    .as(kind + " in the usage log of " + person.name())
                    .isEqualTo(1);
        }
    }

    @Test
    void aWiderGrantWaitsForTheProxysCardAndThenReplacesTheRegistration() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        Person stranger = people.registered("他人");
        long id = register(resident, proxy, notices(TODAY.plusDays(30)));
        ProxyGrant wider =
                new ProxyGrant(Set.of(ProxyScope.NOTICES, ProxyScope.EXCHANGE), Set.of(), TODAY, TODAY.plusDays(60));

        ProxyChange change = proxies.change(id, wider, TERMINAL);

        assertThat(change.applied()).isFalse();
        assertThat(proxies.registrations())
                .singleElement()
                .satisfies(r -> assertThat(r.scopes()).containsExactly(ProxyScope.NOTICES));
        assertThat(proxies.confirmAsProxy(change.pendingId(), stranger.reader(), People.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.NOT_THE_PROXY);
        assertThat(proxies.confirmAsProxy(change.pendingId(), proxy.reader(), People.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(proxies.registrations())
                .filteredOn(r -> r.state().equals("ACTIVE"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.scopes()).containsExactlyInAnyOrder(ProxyScope.NOTICES, ProxyScope.EXCHANGE);
                    assertThat(r.to()).isEqualTo(TODAY.plusDays(60));
                });
    }

    @Test
    void aRevokedRegistrationLetsTheProxyDoNothingMore() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        long id = register(resident, proxy, notices(TODAY.plusDays(30)));
        people.actAs(proxy, id);
        NoticeService notices = CDI.current().select(NoticeService.class).get();
        assertThat(notices.inbox(NoticeQuery.current())).isNotEmpty();

        people.logIn(resident);
        proxies.revoke(id, TERMINAL);

        assertThat(proxies.registrations())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("REVOKED"));
        people.logIn(proxy);
        assertThat(proxies.mandates()).isEmpty();
        assertBothToldAndLogged(resident, proxy, "PROXY_REVOKED");
    }

    @Test
    void aProxyWhoChoseMailIsMailedOfTheRegistration() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        String address = "proxy-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.test";
        // the 代理人's choice of お知らせ通知 by mail, as 利用者登録変更 would store it once the address is confirmed
        People.update(
                "UPDATE user_account SET email = ?, notice_mail = TRUE WHERE resident_id = ?",
                address,
                proxy.residentId());

        register(resident, proxy, notices(TODAY.plusDays(30)));

        assertThat(People.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", address))
                .isEqualTo(1);
    }

    @Test
    void anotherResidentCannotRevokeOrSeeTheRegistration() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        Person stranger = people.registered("他人");
        long id = register(resident, proxy, notices(TODAY.plusDays(30)));

        people.logIn(stranger);

        assertThat(proxies.registrations()).isEmpty();
        assertThatThrownBy(() -> proxies.revoke(id, TERMINAL)).isInstanceOf(NoSuchRegistrationException.class);
    }

    @Test
    void theProxyCannotRevokeTheResidentsRegistrationAsTheirOwn() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        long id = register(resident, proxy, notices(TODAY.plusDays(30)));

        people.logIn(proxy);

        assertThatThrownBy(() -> proxies.revoke(id, TERMINAL)).isInstanceOf(NoSuchRegistrationException.class);
        assertThat(proxies.registrations())
                .singleElement()
                .satisfies(r -> assertThat(r.asResident()).isFalse());
    }

    @Test
    void whatTheProxyDidIsInTheResidentsLogWithTheProxyAsActor() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        long id = register(
                resident, proxy, new ProxyGrant(Set.of(ProxyScope.EXCHANGE), Set.of(), TODAY, TODAY.plusDays(30)));
        people.actAs(proxy, id);

        CDI.current().select(ExchangeHistoryService.class).get().requests(TERMINAL);

        assertThat(People.count(
                        "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND actor_id = ? AND action = 'EXCHANGE_VIEWED'"
                                + " AND purpose = 'PROXY'",
                        resident.residentId(),
                        proxy.residentId()))
                .isEqualTo(1);
        assertInBothLogs(resident, proxy, UsageAction.EXCHANGE_VIEWED);
    }

    /**
     * Each sees the 代理人's act in their own 利用履歴 (as the 利用履歴 page reads it): the resident
     * with the 代理人's name, the 代理人 with the resident's.
     */
    private void assertInBothLogs(Person resident, Person proxy, UsageAction action) {
        people.logIn(resident);
        assertThat(proxyEntries(action))
                .singleElement()
                .satisfies(e -> assertThat(e.actorName()).isEqualTo(proxy.name()));
        people.logIn(proxy);
        assertThat(proxyEntries(action))
                .singleElement()
                .satisfies(e -> assertThat(e.subjectName()).isEqualTo(resident.name()));
    }

    /** The caller's own 利用履歴 of today: the entries of the action a 代理人 made. */
    private static List<UsageRecord> proxyEntries(UsageAction action) {
        return CDI
                .current()
                .select(UsageLogService.class)
                .get()
                .history(new UsageQuery(
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofMinutes(1)),
                        Set.of(UsageKind.values()),
                        0,
                        50))
                .records()
                .stream()
                .filter(UsageRecord::byProxy)
                .filter(e -> e.action() == action)
                .toList();
    }

    @Test
    void aProxyGrantedNoticeSharingSeesAndChangesTheResidentsConsentInBothLogs() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        SiteNoticeContract.Site site = connectedSiteAndActingProxy(resident, proxy, ProxyScope.NOTICE_SHARING);
        assertThat(sharing.sites()).singleElement().satisfies(s -> {
            assertThat(s.clientId()).isEqualTo(site.clientId());
            assertThat(s.allowed()).isTrue();
        });

        sharing.allow(site.clientId(), false, TERMINAL);

        assertThat(sharing.sites())
                .singleElement()
                .satisfies(s -> assertThat(s.allowed()).isFalse());
        assertThat(allowsNotices(resident, site)).isFalse();
        assertInBothLogs(resident, proxy, UsageAction.SITE_NOTICES_CHANGED);
    }

    /** Whether the resident's stored consent lets the site provide お知らせ to them. */
    private static boolean allowsNotices(Person resident, SiteNoticeContract.Site site) throws Exception {
        return People.count(
                        "SELECT COUNT(*) FROM connect_consent WHERE resident_id = ? AND client_id = ? AND notices = TRUE",
                        resident.residentId(),
                        site.clientId())
                == 1;
    }

    /**
     * The resident connects a site of the test's own that delivers お知らせ (allowing them), then
     * registers the 代理人 for the one service, who acts for them now; the site.
     */
    private SiteNoticeContract.Site connectedSiteAndActingProxy(Person resident, Person proxy, ProxyScope scope)
            throws Exception {
        people.logIn(resident);
        SiteNoticeContract.Site site = SiteNoticeContract.site();
        SiteNoticeContract.connectCaller(site, true);
        long id = register(resident, proxy, new ProxyGrant(Set.of(scope), Set.of(), TODAY, TODAY.plusDays(30)));
        people.actAs(proxy, id);
        return site;
    }

    @Test
    void aProxyWithoutNoticeSharingIsRefusedItAndChangesNothing() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        SiteNoticeContract.Site site = connectedSiteAndActingProxy(resident, proxy, ProxyScope.NOTICES);

        assertThatThrownBy(sharing::sites).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.allow(site.clientId(), false, TERMINAL))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(allowsNotices(resident, site)).isTrue();
        assertThat(People.count(
                        "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND action = 'SITE_NOTICES_CHANGED'",
                        resident.residentId()))
                .isZero();
    }

    /**
     * People of one test's own, each with a fresh virtual card from the development PKI (so that a
     * registration, a notice or a usage-log entry of one test never meets another's): the card file in
     * the card folder, the resident and the certificate's link to them, written as the operator's
     * seeding would; a card reissued (a newer certificate linked to the same resident) or revoked (on
     * the published CRL). Runs inside the container. {@link #close} removes the card files.
     */
    public static final class People implements AutoCloseable {

        public static final String PIN = "2580";
        public static final String TERMINAL = "127.0.0.1";

        /** A test's person: their card, resident id and name. */
        public record Person(String card, String residentId, String name) {

            public String reader() {
                return Callers.READER + card;
            }
        }

        private final List<String> cards = new ArrayList<>();

        /** A new resident of 千代田区 who finished 利用者登録 (the caller is then logged in as them). */
        public Person registered(String surname) throws Exception {
            String name = surname + " " + UUID.randomUUID().toString().substring(0, 6);
            String card = card(name);
            String residentId = UUID.randomUUID().toString();
            Instant now = Instant.now();
            try (Connection connection = dataSource().getConnection()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, residentId);
                    insert.setString(2, name);
                    insert.setString(3, "東京都千代田区永田町一丁目7番1号");
                    insert.setDate(4, Date.valueOf(LocalDate.of(1970, 1, 1)));
                    insert.setString(5, "131016");
                    insert.setObject(6, now.atOffset(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                link(connection, card, residentId, now);
            }
            Callers.logInRegistered(card, PIN, surname);
            return new Person(card, residentId, name);
        }

        /** Logs this request in as the person (a resident). */
        public void logIn(Person person) {
            Callers.logIn(person.card(), PIN);
        }

        /** Logs this request in as the 代理人 acting for the resident of the registration. */
        public void actAs(Person proxy, long registration) {
            logIn(proxy);
            String ticket =
                    CDI.current().select(AuthenticationService.class).get().proxyTicket(registration, TERMINAL);
            if (!Callers.authenticate(ticket)) {
                throw new IllegalStateException("the proxy ticket was not redeemed");
            }
        }

        /** A new card for the person, linked after their old one: a reissue. */
        public Person reissue(Person person) throws Exception {
            String card = card(person.name());
            try (Connection connection = dataSource().getConnection()) {
                link(connection, card, person.residentId(), Instant.now().plusSeconds(1));
            }
            Callers.freshCard(card, PIN);
            return new Person(card, person.residentId(), person.name());
        }

        /** The card's certificates revoked, and a CRL saying so published where the portal reads it. */
        public void revoke(Person person) {
            Path data = Path.of("data");
            DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
            pki.revoke(person.card());
            pki.publishCrls(data.resolve("pki"), Duration.ofDays(7));
        }

        /** Runs an update on the portal's database (e.g. a period moved into the past). */
        static int update(String sql, Object... values) throws Exception {
            try (Connection connection = dataSource().getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate();
            }
        }

        /** The first column of the first row of a query, as a long. */
        static long count(String sql, Object... values) throws Exception {
            try (Connection connection = dataSource().getConnection();
                    PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    query.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        private String card(String name) {
            String cardId = "px-" + UUID.randomUUID().toString().substring(0, 8);
            Path data = Path.of("data");
            DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
            pki.issue(
                    new Resident(
                            cardId,
                            "8" + String.format("%011d", Math.abs(cardId.hashCode()) % 100_000_000_000L),
                            new BasicFacts(name, "東京都千代田区永田町一丁目7番1号", LocalDate.of(1970, 1, 1), Sex.FEMALE)),
                    new CardPins(PIN.toCharArray(), "TEST2580".toCharArray(), PIN.toCharArray()),
                    data.resolve("cards"));
            cards.add(cardId);
            return cardId;
        }

        private static void link(Connection connection, String cardId, String residentId, Instant at) throws Exception {
            DevelopmentPki pki = DevelopmentPki.openOrCreate(Path.of("data").resolve("pki"));
            IssuedCard issued = pki.cards().stream()
                    .filter(c -> c.cardId().equals(cardId))
                    .findFirst()
                    .orElseThrow();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO resident_certificate (certificate_ref, resident_id, card_label, registered_at)"
                            + " VALUES (?, ?, ?, ?)")) {
                insert.setString(
                        1,
                        ResidentCertificate.reference(
                                pki.caCertificate(CardKey.AUTH).getSubjectX500Principal(), issued.authSerial()));
                insert.setString(2, residentId);
                insert.setString(3, cardId);
                insert.setObject(4, at.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }

        static DataSource dataSource() throws Exception {
            return InitialContext.doLookup("java:app/jdbc/mynaportal");
        }

        @Override
        public void close() throws Exception {
            for (String card : cards) {
                Files.deleteIfExists(Path.of("data").resolve("cards").resolve(card + CardFile.EXTENSION));
            }
        }
    }
}
