package jp.mynaportal.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.proxy.CardCheck.Outcome;
import jp.mynaportal.proxy.ProxyPeople.Person;
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
abstract class ProxyServiceContract {

    private static final String TERMINAL = ProxyPeople.TERMINAL;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private ProxyService proxies;
    private ProxyPeople people;

    @BeforeEach
    void lookUp() {
        proxies = CDI.current().select(ProxyService.class).get();
        people = new ProxyPeople();
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
        assertThat(proxies.confirmAsResident(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(proxies.confirmAsProxy(id, proxy.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL)
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
        proxies.confirmAsResident(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);
        assertThat(proxies.registrations()).isEmpty();

        proxies.confirmAsProxy(id, proxy.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

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
        proxies.confirmAsResident(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

        people.logIn(proxy);

        assertThat(proxies.mandates()).isEmpty();
        AuthenticationService authentication =
                CDI.current().select(AuthenticationService.class).get();
        assertThatThrownBy(() -> authentication.proxyTicket(resident.residentId(), TERMINAL))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void abandoningHalfWayLeavesNothing() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

        proxies.abandon(id);

        assertThat(ProxyPeople.count(
                        "SELECT COUNT(*) FROM proxy_registration WHERE resident_id = ?", resident.residentId()))
                .isZero();
        assertThatThrownBy(() -> proxies.pending(id)).isInstanceOf(NoSuchRegistrationException.class);
    }

    @Test
    void aPendingRegistrationNobodyFinishedInTimeIsDropped() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        ProxyPeople.update("UPDATE proxy_registration SET pending_until = created_at WHERE id = ?", id);

        CDI.current()
                .select(jp.mynaportal.proxy.internal.ProxyLapses.class)
                .get()
                .endLapsed();

        assertThat(ProxyPeople.count("SELECT COUNT(*) FROM proxy_registration WHERE id = ?", id))
                .isZero();
    }

    @Test
    void theResidentsStepRefusesAnotherPersonsCard() throws Exception {
        Person resident = people.registered("本人");
        Person proxy = people.registered("代理");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));

        CardCheck check = proxies.confirmAsResident(id, proxy.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

        assertThat(check.outcome()).isEqualTo(Outcome.NOT_THE_RESIDENT);
        assertThat(proxies.pending(id).residentConfirmed()).isFalse();
    }

    @Test
    void theProxysStepRefusesTheResidentsOwnCard() throws Exception {
        Person resident = people.registered("本人");
        people.logIn(resident);
        long id = proxies.start(notices(TODAY.plusDays(30)));
        proxies.confirmAsResident(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

        CardCheck check = proxies.confirmAsProxy(id, resident.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL);

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
        assertThat(ProxyPeople.count(
                        "SELECT COUNT(*) FROM proxy_registration WHERE resident_id = ?", resident.residentId()))
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
            assertThat(ProxyPeople.count(
                            "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_REGISTERED'",
                            person.residentId()))
                    .as("notice to " + person.name())
                    .isEqualTo(1);
            assertThat(ProxyPeople.count(
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
        assertThat(ProxyPeople.count(
                        "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_CHANGED'",
                        proxy.residentId()))
                .isEqualTo(1);
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
        assertThat(proxies.confirmAsProxy(
                                change.pendingId(), stranger.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL)
                        .outcome())
                .isEqualTo(Outcome.NOT_THE_PROXY);
        assertThat(proxies.confirmAsProxy(change.pendingId(), proxy.reader(), ProxyPeople.PIN.toCharArray(), TERMINAL)
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
        people.actAs(proxy, resident);
        NoticeService notices = CDI.current().select(NoticeService.class).get();
        assertThat(notices.inbox(NoticeQuery.current())).isNotEmpty();

        people.logIn(resident);
        proxies.revoke(id, TERMINAL);

        assertThat(proxies.registrations())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo("REVOKED"));
        people.logIn(proxy);
        assertThat(proxies.mandates()).isEmpty();
        assertThat(ProxyPeople.count(
                        "SELECT COUNT(*) FROM notice WHERE resident_id = ? AND kind = 'PROXY_REVOKED'",
                        proxy.residentId()))
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
        register(resident, proxy, new ProxyGrant(Set.of(ProxyScope.EXCHANGE), Set.of(), TODAY, TODAY.plusDays(30)));
        people.actAs(proxy, resident);

        CDI.current().select(ExchangeHistoryService.class).get().requests(TERMINAL);

        assertThat(ProxyPeople.count(
                        "SELECT COUNT(*) FROM usage_log WHERE resident_id = ? AND actor_id = ? AND action = 'EXCHANGE_VIEWED'"
                                + " AND purpose = 'PROXY'",
                        resident.residentId(),
                        proxy.residentId()))
                .isEqualTo(1);
    }
}
