package jp.mynaportal.mail.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynaportal.mail.model.OutboxMail;

/**
 * Sends the outbox on this node: every {@code mynaportal.mail.poll-seconds} it claims the due mails
 * (with a lease long enough for the SMTP timeouts), sends each outside any transaction, and
 * records sent or failed (due again after the back-off). Every node of a cluster runs one; the
 * claims keep them from sending a mail twice. A mail whose worker died before recording its
 * result is claimed again when the lease ends.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 50;

    @Resource
    private TimerService timers;

    @Inject
    private OutboxClaims claims;

    private final Clock clock = Clock.systemUTC();
    private final String name = "node-" + UUID.randomUUID();

    @PostConstruct
    void schedule() {
        long poll = MailSettings.fromConfig().poll().toMillis();
        timers.createIntervalTimer(poll, poll, new TimerConfig("mail outbox", false));
    }

    @Timeout
    void onTimer() {
        try {
            sendDue(name);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox: this round failed; the mails stay due", e);
        }
    }

    /**
     * One round of a worker: claims and sends what is due now.
     *
     * @param worker the worker's name, for the lease
     * @return how many mails were sent
     */
    public int sendDue(String worker) {
        MailSettings settings = MailSettings.fromConfig();
        MailTransport transport = new MailTransport(settings);
        Duration lease = settings.timeout().multipliedBy(3).plusSeconds(30);
        int sent = 0;
        for (long id : claims.claim(worker, clock.instant(), lease, BATCH)) {
            OutboxMail mail = claims.load(id, worker).orElse(null);
            if (mail == null) {
                continue;
            }
            try {
                transport.deliver(mail);
                claims.sent(id, clock.instant());
                sent++;
            } catch (Exception e) {
                Instant now = clock.instant();
                claims.failed(id, now, settings.retry(), e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.warning(() -> "Mail " + id + " not sent (" + e.getClass().getSimpleName() + "); next attempt after "
                        + OutboxMail.backOff(settings.retry(), mail.getAttempts() + 1));
            }
        }
        return sent;
    }
}
