package jp.mynaportal.mail.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.mail.model.OutboxMail;

/** The mail outbox. */
public interface MailOutboxRepository {

    void add(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** The ids of unsent mails due at that moment and not leased by a live worker, oldest first. */
    List<Long> findDue(Instant now, int limit);

    /**
     * Claims a due mail for a worker until the lease ends, by one conditional UPDATE: true for the
     * one worker whose update changed the row, false for every other.
     */
    boolean claim(long id, String worker, Instant now, Instant leaseUntil);

    /** The latest mails to a recipient, newest first (for operators and tests). */
    List<OutboxMail> findByRecipient(String recipient, int limit);
}
