package jp.mynaportal.proxy.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.notice.NoticeAbout;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.proxy.CardCheck;
import jp.mynaportal.proxy.CardCheck.Outcome;
import jp.mynaportal.proxy.InvalidProxyGrantException;
import jp.mynaportal.proxy.NoSuchRegistrationException;
import jp.mynaportal.proxy.PendingRegistration;
import jp.mynaportal.proxy.ProxyChange;
import jp.mynaportal.proxy.ProxyGrant;
import jp.mynaportal.proxy.ProxyRegistrationView;
import jp.mynaportal.proxy.ProxyService;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;
import jp.mynaportal.proxy.repository.ProxyRepository;
import jp.mynaportal.selfinfo.FieldInfo;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * 代理人 registrations for the logged-in resident: every method loads what it acts on, asks the
 * access policy ({@link PortalService#PROXY_SETTINGS}: the resident's own settings, never a
 * 代理人's), and records the act in both usage logs and both お知らせ in the same transaction.
 */
@Stateless
public class DefaultProxyService implements ProxyService {

    private static final String SUCCESS = "SUCCESS";

    @Inject
    private ProxyRepository repository;

    @Inject
    private ProxyCards cards;

    @Inject
    private RegistrationChecks checks;

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    @Inject
    private NoticeSender notices;

    private final Clock clock = Clock.systemUTC();

    private ProxySettings settings;

    private ProxySettings settings() {
        if (settings == null) {
            settings = ProxySettings.fromConfig();
        }
        return settings;
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public long start(ProxyGrant grant) {
        Actor actor = own(Operation.WRITE);
        Instant now = clock.instant();
        validate(grant, null, now);
        ProxyRegistration pending = new ProxyRegistration(
                actor.residentId(),
                null,
                names(grant.scopes()),
                grant.fields(),
                grant.from(),
                grant.to(),
                null,
                now,
                now.plus(settings().pendingLifetime()));
        repository.add(pending);
        return pending.getId();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public PendingRegistration pending(long pendingId) {
        ProxyRegistration pending = pendingOfCaller(pendingId, false);
        return new PendingRegistration(
                pending.getId(),
                grantOf(pending),
                pending.getResidentConfirmedAt() != null,
                pending.getReplacesId(),
                pending.getProxyId() == null ? null : name(pending.getProxyId()),
                pending.getPendingUntil());
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public CardCheck confirmAsResident(long pendingId, String readerName, char[] pin, String terminal) {
        ProxyRegistration pending;
        try {
            pending = pendingOfCaller(pendingId, true);
        } catch (NoSuchRegistrationException e) {
            wipe(pin);
            return CardCheck.of(Outcome.GONE);
        }
        ProxyCards.Reading reading = cards.read(readerName, pin, terminal);
        if (!reading.check().confirmed()) {
            return reading.check();
        }
        if (!pending.getResidentId().equals(reading.holder())) {
            return CardCheck.of(Outcome.NOT_THE_RESIDENT);
        }
        pending.confirmByResident(reading.certificateRef(), reading.certificate(), clock.instant());
        return reading.check();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public CardCheck confirmAsProxy(long pendingId, String readerName, char[] pin, String terminal) {
        ProxyRegistration pending;
        try {
            pending = pendingOfCaller(pendingId, true);
        } catch (NoSuchRegistrationException e) {
            wipe(pin);
            return CardCheck.of(Outcome.GONE);
        }
        if (pending.getResidentConfirmedAt() == null) {
            wipe(pin);
            return CardCheck.of(Outcome.RESIDENT_FIRST);
        }
        ProxyCards.Reading reading = cards.read(readerName, pin, terminal);
        if (!reading.check().confirmed()) {
            return reading.check();
        }
        String proxyId = reading.holder();
        if (proxyId == null || !cards.registered(proxyId)) {
            return CardCheck.of(Outcome.PROXY_NOT_REGISTERED);
        }
        if (proxyId.equals(pending.getResidentId())) {
            return CardCheck.of(Outcome.SAME_PERSON);
        }
        if (pending.getReplacesId() != null && !proxyId.equals(pending.getProxyId())) {
            return CardCheck.of(Outcome.NOT_THE_PROXY);
        }
        Instant now = clock.instant();
        ProxyRegistration replaced = null;
        if (pending.getReplacesId() != null) {
            replaced = repository
                    .lock(pending.getReplacesId())
                    .filter(r -> r.getState() == ProxyState.ACTIVE)
                    .orElse(null);
            if (replaced == null) {
                repository.remove(pending);
                return CardCheck.of(Outcome.GONE);
            }
        }
        pending.confirmByProxy(proxyId, reading.certificateRef(), reading.certificate(), now);
        if (replaced != null) {
            replaced.end(ProxyState.REPLACED, null, now);
        }
        boolean widening = replaced != null;
        tellBoth(
                pending,
                widening ? UsageAction.PROXY_CHANGED : UsageAction.PROXY_REGISTERED,
                widening ? NoticeKind.PROXY_CHANGED : NoticeKind.PROXY_REGISTERED,
                terminal);
        return reading.check();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public void abandon(long pendingId) {
        try {
            repository.remove(pendingOfCaller(pendingId, true));
        } catch (NoSuchRegistrationException e) {
            // nothing left to abandon
        }
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<ProxyRegistrationView> registrations() {
        Actor actor = own(Operation.READ);
        Instant now = clock.instant();
        return repository
                .findByPerson(
                        actor.residentId(),
                        EnumSet.of(ProxyState.ACTIVE, ProxyState.REVOKED, ProxyState.EXPIRED, ProxyState.STOPPED))
                .stream()
                .map(r -> view(r, actor.residentId(), now))
                .toList();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public ProxyChange change(long registrationId, ProxyGrant grant, String terminal) {
        ProxyRegistration registration = liveOfCaller(registrationId);
        Instant now = clock.instant();
        validate(grant, registration.getValidFrom(), now);
        if (grant.within(grantOf(registration))) {
            registration.narrow(names(grant.scopes()), grant.fields(), grant.from(), grant.to());
            tellBoth(registration, UsageAction.PROXY_CHANGED, NoticeKind.PROXY_CHANGED, terminal);
            return new ProxyChange(null);
        }
        ProxyRegistration widening = new ProxyRegistration(
                registration.getResidentId(),
                registration.getProxyId(),
                names(grant.scopes()),
                grant.fields(),
                grant.from(),
                grant.to(),
                registration.getId(),
                now,
                now.plus(settings().pendingLifetime()));
        widening.confirmByResident(registration.getResidentCertRef(), registration.getResidentCertificate(), now);
        repository.add(widening);
        return new ProxyChange(widening.getId());
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public void revoke(long registrationId, String terminal) {
        ProxyRegistration registration = liveOfCaller(registrationId);
        registration.end(ProxyState.REVOKED, null, clock.instant());
        tellBoth(registration, UsageAction.PROXY_REVOKED, NoticeKind.PROXY_REVOKED, terminal);
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<ProxyRegistrationView> mandates() {
        Actor actor = own(Operation.READ);
        Instant now = clock.instant();
        return repository.findByPerson(actor.residentId(), EnumSet.of(ProxyState.ACTIVE)).stream()
                .filter(r -> actor.residentId().equals(r.getProxyId()))
                .filter(r -> checks.usable(r, now))
                .map(r -> view(r, actor.residentId(), now))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public int maxPeriodDays() {
        return settings().maxPeriodDays();
    }

    /** The caller acting on their own 代理人 settings, as the policy allows. */
    private Actor own(Operation operation) {
        Actor actor = caller.actor();
        policy.require(actor, actor.subject(), PortalService.PROXY_SETTINGS, operation);
        return actor;
    }

    /** A pending registration the caller started, not yet timed out; otherwise none at all. */
    private ProxyRegistration pendingOfCaller(long id, boolean lock) {
        ProxyRegistration pending = (lock ? repository.lock(id) : repository.find(id))
                .filter(r -> r.getState() == ProxyState.PENDING)
                .filter(r -> clock.instant().isBefore(r.getPendingUntil()))
                .filter(r -> policy.permits(
                        caller.actor(),
                        Subject.resident(r.getResidentId()),
                        PortalService.PROXY_SETTINGS,
                        Operation.WRITE))
                .orElseThrow(() -> new NoSuchRegistrationException("no such pending registration"));
        return pending;
    }

    /** An active registration of the caller's as resident; another one behaves as one that does not exist. */
    private ProxyRegistration liveOfCaller(long id) {
        return repository
                .lock(id)
                .filter(r -> r.getState() == ProxyState.ACTIVE)
                .filter(r -> policy.permits(
                        caller.actor(),
                        Subject.resident(r.getResidentId()),
                        PortalService.PROXY_SETTINGS,
                        Operation.WRITE))
                .orElseThrow(() -> new NoSuchRegistrationException("no such registration"));
    }

    /** The resident's own entry and notice, and the 代理人's, for one act. */
    private void tellBoth(ProxyRegistration registration, UsageAction action, NoticeKind kind, String terminal) {
        usage.byCaller(action, SUCCESS, terminal);
        Subject proxy = Subject.resident(registration.getProxyId());
        usage.onSubject(proxy, PortalService.PROXY_NOTIFICATIONS, Operation.WRITE, action, SUCCESS, terminal, null);
        List<String> parameters = parameters(registration);
        NoticeAbout about = new NoticeAbout("proxy", Long.toString(registration.getId()));
        notices.send(caller.actor().subject(), PortalService.PROXY_SETTINGS, kind, parameters, about);
        notices.send(proxy, PortalService.PROXY_NOTIFICATIONS, kind, parameters, about);
    }

    /** The notice's parameters: the resident's name, the 代理人's name, the period. */
    List<String> parameters(ProxyRegistration registration) {
        return List.of(
                name(registration.getResidentId()),
                name(registration.getProxyId()),
                registration.getValidFrom().toString(),
                registration.getValidTo().toString());
    }

    private void validate(ProxyGrant grant, LocalDate earlierFrom, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        int maxDays = settings().maxPeriodDays();
        if (grant == null) {
            throw new InvalidProxyGrantException(Map.of("scopes", "proxy.error.scopes"), maxDays);
        }
        if (grant.scopes().isEmpty()) {
            problems.put("scopes", "proxy.error.scopes");
        }
        if (grant.scopes().contains(ProxyScope.SELF_INFORMATION)) {
            Set<String> known = catalogue.fields().stream().map(FieldInfo::code).collect(Collectors.toSet());
            if (grant.fields().isEmpty() || !known.containsAll(grant.fields())) {
                problems.put("fields", "proxy.error.fields");
            }
        }
        LocalDate today = RegistrationChecks.today(now);
        if (grant.from() == null) {
            problems.put("from", "proxy.error.from.missing");
        } else if (grant.from().isBefore(today) && !grant.from().equals(earlierFrom)) {
            problems.put("from", "proxy.error.from.past");
        }
        if (grant.to() == null) {
            problems.put("to", "proxy.error.to.missing");
        } else if (grant.from() != null && grant.to().isBefore(grant.from())) {
            problems.put("to", "proxy.error.to.order");
        } else if (grant.to().isBefore(today)) {
            problems.put("to", "proxy.error.to.past");
        } else if (grant.from() != null && ChronoUnit.DAYS.between(grant.from(), grant.to()) + 1 > maxDays) {
            problems.put("to", "proxy.error.to.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new InvalidProxyGrantException(problems, maxDays);
        }
    }

    private ProxyRegistrationView view(ProxyRegistration r, String viewer, Instant now) {
        String state = r.getState().name();
        if (r.getState() == ProxyState.ACTIVE) {
            if (RegistrationChecks.today(now).isAfter(r.getValidTo())) {
                state = ProxyState.EXPIRED.name();
            } else if (checks.stopReason(r, now).isPresent()) {
                state = ProxyState.STOPPED.name();
            }
        }
        return new ProxyRegistrationView(
                r.getId(),
                viewer.equals(r.getResidentId()),
                r.getResidentId(),
                name(r.getResidentId()),
                name(r.getProxyId()),
                scopesOf(r),
                r.getFields(),
                r.getValidFrom(),
                r.getValidTo(),
                state,
                checks.usable(r, now),
                r.getEndedAt());
    }

    private ProxyGrant grantOf(ProxyRegistration r) {
        return new ProxyGrant(scopesOf(r), Set.copyOf(r.getFields()), r.getValidFrom(), r.getValidTo());
    }

    private static Set<ProxyScope> scopesOf(ProxyRegistration r) {
        Set<ProxyScope> scopes = EnumSet.noneOf(ProxyScope.class);
        r.getScopes().forEach(s -> scopes.add(ProxyScope.valueOf(s)));
        return scopes;
    }

    private static List<String> names(Set<ProxyScope> scopes) {
        return scopes.stream().sorted().map(ProxyScope::name).toList();
    }

    private String name(String residentId) {
        return residentId == null ? "" : repository.personName(residentId).orElse("");
    }

    private static void wipe(char[] pin) {
        if (pin != null) {
            java.util.Arrays.fill(pin, '\0');
        }
    }
}
