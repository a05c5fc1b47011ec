package jp.mynaportal.connect.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.connect.NoticeSharing;
import jp.mynaportal.connect.NoticeSharingService;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * 外部サイトへのお知らせ情報提供 on the subject's active consents: the subject is the caller, or the
 * resident a 代理人 acts for, and the access policy decides ({@link PortalService#NOTICE_SHARING}) on
 * every call; a change is one usage-log entry in the same transaction.
 */
@Stateless
public class DefaultNoticeSharingService implements NoticeSharingService {

    @Inject
    private RelyingSites sites;

    @Inject
    private ConnectRepository store;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public List<NoticeSharing> sites() {
        Subject subject = subject(Operation.READ);
        return consents(subject).values().stream()
                .flatMap(c -> sites.find(c.getClientId()).filter(RelyingSite::notices).stream()
                        .map(site -> new NoticeSharing(site.clientId(), site.name(), c.getGrantedAt(), c.isNotices())))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public void allow(String clientId, boolean allowed, String terminal) {
        Subject subject = subject(Operation.WRITE);
        Optional<RelyingSite> site = sites.find(clientId).filter(RelyingSite::notices);
        SiteConsent consent = consents(subject).get(clientId);
        if (site.isEmpty() || consent == null || consent.isNotices() == allowed) {
            return;
        }
        consent.allowNotices(allowed);
        usage.byCaller(UsageAction.SITE_NOTICES_CHANGED, (allowed ? "ALLOWED " : "WITHDRAWN ") + clientId, terminal);
    }

    /** The subject's newest active consent per site. */
    private Map<String, SiteConsent> consents(Subject subject) {
        Map<String, SiteConsent> newest = new LinkedHashMap<>();
        store.activeConsents(subject.residentId()).forEach(c -> newest.putIfAbsent(c.getClientId(), c));
        return newest;
    }

    /** Whose setting it is: the caller's, or the resident's a 代理人 acts for, as the policy allows. */
    private Subject subject(Operation operation) {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        policy.require(actor, subject, PortalService.NOTICE_SHARING, operation);
        return subject;
    }
}
