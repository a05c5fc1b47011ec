package jp.mynaportal.usage.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;
import jp.mynaportal.usage.model.UsageLogEntry;
import jp.mynaportal.usage.repository.UsageLogRepository;

/**
 * Appends entries to the usage log's hash chain in the caller's transaction (none, and it
 * refuses), with the actor read from the container, and writes each to the server log as well.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChainedUsageRecorder implements UsageRecorder {

    private static final Logger LOG = Logger.getLogger(ChainedUsageRecorder.class.getName());

    @Inject
    private UsageLogRepository repository;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    /**
     * A 代理人 acting for a resident writes one entry whose subject is that resident, whose actor is
     * the 代理人 and whose purpose is {@link UsageEvent#PURPOSE_PROXY}: the resident's 利用履歴 shows
     * it as done by the 代理人, the 代理人's own as done for the resident.
     */
    @Override
    public void byCaller(UsageAction action, String result, String terminal) {
        Actor actor = caller.actor();
        String self = actor.residentId();
        append(
                actor.actsAsProxy()
                        ? new UsageEvent(
                                actor.actingFor(), self, null, action, result, terminal, UsageEvent.PURPOSE_PROXY)
                        : new UsageEvent(self, self, null, action, result, terminal, null));
    }

    @Override
    public void onSubject(
            Subject subject,
            PortalService service,
            Operation operation,
            UsageAction action,
            String result,
            String terminal,
            String purpose) {
        Actor actor = caller.actor();
        policy.require(actor, subject, service, operation);
        String organisation = actor.hasRole(Roles.STAFF)
                        && subject.lgCode() != null
                        && actor.staffMunicipalities().contains(subject.lgCode())
                ? subject.lgCode()
                : null;
        String why = purpose == null && actor.actsAsProxy() ? UsageEvent.PURPOSE_PROXY : purpose;
        append(new UsageEvent(subject.residentId(), actor.residentId(), organisation, action, result, terminal, why));
    }

    @Override
    public void authentication(String residentId, UsageAction action, String result, String terminal) {
        append(UsageEvent.byResident(residentId, action, result, terminal));
    }

    @Override
    public void bySite(String residentId, String clientId, UsageAction action, String terminal) {
        append(new UsageEvent(residentId, null, null, action, clientId, terminal, UsageEvent.PURPOSE_CONNECTED_SITE));
    }

    @Override
    public void byPortal(String residentId, UsageAction action, String result) {
        append(new UsageEvent(residentId, null, null, action, result, "portal", UsageEvent.PURPOSE_PORTAL));
    }

    /**
     * For the deprecated {@code UsageLogService.record} methods: the event with its actor replaced by
     * the caller the container knows, when there is one.
     */
    public void appendAsCaller(UsageEvent event) {
        Actor actor = caller.find().orElse(null);
        append(
                actor == null
                        ? event
                        : new UsageEvent(
                                event.subject(),
                                actor.residentId(),
                                event.actorOrganisation(),
                                event.action(),
                                event.result(),
                                event.terminal(),
                                event.purpose()));
    }

    private void append(UsageEvent event) {
        repository.append(new UsageLogEntry(
                clock.instant(),
                event.subject(),
                event.actor(),
                event.actorOrganisation(),
                event.action(),
                event.result(),
                event.terminal(),
                event.purpose()));
        LOG.info(() -> event.action() + " " + event.result() + " subject=" + event.subject() + " actor=" + event.actor()
                + " terminal=" + event.terminal());
    }
}
