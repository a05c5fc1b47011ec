package jp.mynaportal.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import jp.mynaportal.application.repository.ApplicationRepository;

/**
 * Deletes drafts (and their attachments) that nobody saved within the draft lifetime, every night
 * at 03:15. On several nodes each runs it; deleting what is already
 * gone deletes nothing, so the result is the same.
 */
@PermitAll
@Singleton
public class ExpiredDraftCleanup {

    private static final Logger LOG = Logger.getLogger(ExpiredDraftCleanup.class.getName());

    @Inject
    private ApplicationRepository applications;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "3", minute = "15", persistent = false, info = "expired application drafts")
    public void deleteExpiredDrafts() {
        int deleted = applications.deleteExpiredDrafts(clock.instant());
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " expired application drafts");
        }
    }
}
