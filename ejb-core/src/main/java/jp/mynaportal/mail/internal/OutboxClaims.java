package jp.mynaportal.mail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.mail.model.OutboxMail;
import jp.mynaportal.mail.repository.MailOutboxRepository;

/**
 * The outbox transactions of a worker, each its own and short: claim due mails (a conditional
 * update per mail, so of two workers only one gets each), then record each result.
 */
@ApplicationScoped
public class OutboxClaims {

    @Inject
    private MailOutboxRepository outbox;

    /** Claims up to {@code limit} due mails for the worker until {@code now + lease}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(String worker, Instant now, Duration lease, int limit) {
        List<Long> claimed = new ArrayList<>();
        for (long id : outbox.findDue(now, limit)) {
            if (outbox.claim(id, worker, now, now.plus(lease))) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /** The claimed mail, if this worker still holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMail> load(long id, String worker) {
        return outbox.find(id).filter(m -> worker.equals(m.getLeasedBy()) && m.getSentAt() == null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        outbox.find(id).ifPresent(m -> m.sent(at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, Instant at, Duration firstBackOff, String error) {
        outbox.find(id).ifPresent(m -> m.failed(at, firstBackOff, error));
    }

    /** The latest mails to an address, newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMail> sentTo(String recipient, int limit) {
        return outbox.findByRecipient(recipient, limit);
    }
}
