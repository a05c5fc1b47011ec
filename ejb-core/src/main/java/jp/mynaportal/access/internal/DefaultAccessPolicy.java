package jp.mynaportal.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.ProxyMandates;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;

/**
 * Today's rules: actor = subject for a registered resident in the resident services and for a card
 * holder in 利用者登録; staff of the subject's municipality in the counter services; an agency
 * recording exchanges in やりとり履歴; an agency in あなたの情報 (sending records, answering error
 * reports) for the residents its link codes name. もっとつながる (connecting sites) only for the
 * resident themselves, never for a 代理人 (a caller with the PROXY group), whatever else they were
 * granted. A 代理人 acting for a resident (an actor with {@code actingFor}) reaches only that
 * resident's data in the services, 分野 and period of a live registration ({@link ProxyMandates},
 * asked on every call), and acts for nobody else, not even themselves. A resident writes to their
 * 代理人 in 代理人 settings (the notice and log entry of a registration). Everything else is refused.
 */
@ApplicationScoped
public class DefaultAccessPolicy implements AccessPolicy {

    private static final Set<PortalService> RESIDENT_SERVICES = EnumSet.of(
            PortalService.ACCOUNT,
            PortalService.APPLICATIONS,
            PortalService.NOTICES,
            PortalService.USAGE_LOG,
            PortalService.HEALTH_INSURANCE,
            PortalService.EXCHANGE,
            PortalService.SELF_INFORMATION,
            PortalService.CONNECTED_SITES,
            PortalService.NOTICE_SHARING,
            PortalService.PROXY_SETTINGS);

    private static final Set<PortalService> COUNTER_SERVICES =
            EnumSet.of(PortalService.COUNTER_INBOX, PortalService.COUNTER_CARD, PortalService.NOTICE_DELIVERY);

    @Inject
    private Instance<ProxyMandates> registered;

    private final ProxyMandates given;

    private final Clock clock;

    public DefaultAccessPolicy() {
        this(null, Clock.systemUTC());
    }

    /** A policy that asks the given registrations (for tests of the rules). */
    DefaultAccessPolicy(ProxyMandates given, Clock clock) {
        this.given = given;
        this.clock = clock;
    }

    /** The 代理人 registrations, or null where none are known (then every 代理人 is refused). */
    private ProxyMandates mandates() {
        if (given != null) {
            return given;
        }
        return registered != null && registered.isResolvable() ? registered.get() : null;
    }

    @Override
    public boolean permits(Actor actor, Subject subject, PortalService service, Operation operation, String field) {
        if (actor == null || subject == null || service == null || operation == null) {
            return false;
        }
        if (actor.actsAsProxy()) {
            return proxyPermits(actor, subject, service, operation, field);
        }
        boolean self = actor.residentId().equals(subject.residentId());
        if (service == PortalService.CONNECTED_SITES && actor.hasRole(Roles.PROXY)) {
            return false;
        }
        if (self && actor.hasRole(Roles.RESIDENT) && RESIDENT_SERVICES.contains(service)) {
            return true;
        }
        if (self && actor.hasRole(Roles.REGISTRANT) && service == PortalService.ACCOUNT) {
            return true;
        }
        if (!self
                && actor.hasRole(Roles.RESIDENT)
                && service == PortalService.PROXY_NOTIFICATIONS
                && operation == Operation.WRITE) {
            // a resident tells their 代理人 about the registration (お知らせ, 利用履歴)
            ProxyMandates mandates = mandates();
            return mandates != null && mandates.registeredBetween(actor.residentId(), subject.residentId());
        }
        if (actor.hasRole(Roles.AGENCY)) {
            return agencyPermits(actor, subject, service, operation);
        }
        return actor.hasRole(Roles.STAFF)
                && COUNTER_SERVICES.contains(service)
                && subject.lgCode() != null
                && actor.staffMunicipalities().contains(subject.lgCode());
    }

    /**
     * A 代理人 acting for a resident: only that resident, only a granted scope's operations, only
     * while a live registration grants it (and, in あなたの情報, the 分野).
     */
    private boolean proxyPermits(
            Actor actor, Subject subject, PortalService service, Operation operation, String field) {
        if (!actor.hasRole(Roles.PROXY)
                || !subject.residentId().equals(actor.actingFor())
                || actor.residentId().equals(actor.actingFor())
                || mandates() == null) {
            return false;
        }
        ProxyScope scope = ProxyScope.of(service).orElse(null);
        if (scope == null || !scope.allows(operation)) {
            return false;
        }
        return mandates().grants(actor.residentId(), subject.residentId(), scope, field, clock.instant());
    }

    /**
     * An agency (its code is the caller's name) reaches a resident's data only where it is the
     * agency responsible for it: a health insurer the registrations addressed to it; and a medical
     * institution reads, for the one resident whose card it holds and the check it makes, their
     * current insurance (the subject names the institution that made the verified challenge); an
     * agency records the exchanges it took part in (やりとり履歴), and reads nobody's.
     */
    private static boolean agencyPermits(Actor actor, Subject subject, PortalService service, Operation operation) {
        boolean responsible =
                subject.agencyCode() != null && subject.agencyCode().equals(actor.residentId());
        return switch (service) {
            // an agency records the exchanges it took part in; it reads nobody's やりとり履歴
            case EXCHANGE -> operation == Operation.WRITE;
            // あなたの情報: an agency reaches a subject only through its own link code (AgencyLinkService)
            case SELF_INFORMATION -> true;
            case INSURER_REGISTRATIONS -> responsible;
            case ELIGIBILITY -> responsible && operation == Operation.READ;
            // お知らせ: an agency writes to the one resident its own link code names, or to criteria;
            // it reads back only what became of its own notices, never a resident's list
            case NOTICE_DELIVERY -> operation == Operation.WRITE;
            default -> false;
        };
    }
}
