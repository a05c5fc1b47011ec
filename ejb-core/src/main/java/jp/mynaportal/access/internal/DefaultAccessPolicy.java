package jp.mynaportal.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;

/**
 * Today's rules: actor = subject for a registered resident in the resident services and for a card
 * holder in 利用者登録; staff of the subject's municipality in the counter services; an agency
 * recording exchanges in やりとり履歴. Everything else is refused.
 */
@ApplicationScoped
public class DefaultAccessPolicy implements AccessPolicy {

    private static final Set<PortalService> RESIDENT_SERVICES = EnumSet.of(
            PortalService.ACCOUNT,
            PortalService.APPLICATIONS,
            PortalService.NOTICES,
            PortalService.USAGE_LOG,
            PortalService.EXCHANGE);

    private static final Set<PortalService> COUNTER_SERVICES =
            EnumSet.of(PortalService.COUNTER_INBOX, PortalService.COUNTER_CARD);

    @Override
    public boolean permits(Actor actor, Subject subject, PortalService service, Operation operation) {
        if (actor == null || subject == null || service == null || operation == null) {
            return false;
        }
        boolean self = actor.residentId().equals(subject.residentId());
        if (self && actor.hasRole(Roles.RESIDENT) && RESIDENT_SERVICES.contains(service)) {
            return true;
        }
        if (self && actor.hasRole(Roles.REGISTRANT) && service == PortalService.ACCOUNT) {
            return true;
        }
        if (actor.hasRole(Roles.AGENCY) && service == PortalService.EXCHANGE && operation == Operation.WRITE) {
            // an agency records the exchanges it took part in; it reads nobody's やりとり履歴
            return true;
        }
        return actor.hasRole(Roles.STAFF)
                && COUNTER_SERVICES.contains(service)
                && subject.lgCode() != null
                && actor.staffMunicipalities().contains(subject.lgCode());
    }
}
