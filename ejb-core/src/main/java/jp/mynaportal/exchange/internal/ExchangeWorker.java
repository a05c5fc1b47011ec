package jp.mynaportal.exchange.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's worker for 提供要求: every {@code poll-millis} it claims requests from the database
 * and builds them until none is left, and once an hour it deletes results whose keeping time is
 * over. Every node runs one; the database's row locks share the work between them, and a request a
 * dead node had claimed is taken over when its lease ends.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@PermitAll
public class ExchangeWorker {

    private static final Logger LOG = Logger.getLogger(ExchangeWorker.class.getName());
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private ExchangeJobs jobs;

    private final ExchangeSettings settings = ExchangeSettings.fromConfig();
    private ScheduledFuture<?> polling;
    private volatile Instant nextPurge = Instant.EPOCH;

    @PostConstruct
    void start() {
        long every = settings.poll().toMillis();
        polling = executor.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "やりとり履歴 worker " + settings.node() + " polls every " + every + " ms");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Claims and builds until no request is left; a failure is logged and tried again at the next poll. */
    private void drain() {
        try {
            List<ExchangeJobs.Claim> claims;
            do {
                claims = jobs.claim(settings.node(), settings.batch());
                for (ExchangeJobs.Claim claim : claims) {
                    if (!jobs.build(claim)) {
                        LOG.info(() -> "提供要求 " + claim.requestId() + " is no longer this node's claim");
                    }
                }
            } while (!claims.isEmpty());
            if (Instant.now().isAfter(nextPurge)) {
                int purged = jobs.purge();
                nextPurge = Instant.now().plus(PURGE_EVERY);
                if (purged > 0) {
                    LOG.info(() -> purged + " expired やりとり履歴 results deleted");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "やりとり履歴 worker: " + e.getMessage(), e);
        }
    }
}
