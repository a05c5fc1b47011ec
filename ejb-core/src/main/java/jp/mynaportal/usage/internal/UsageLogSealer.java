package jp.mynaportal.usage.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This node's sealer of the usage log: every {@code mynaportal.usage.seal-millis} (1000) it links
 * the entries that actions wrote since into the hash chain, {@code mynaportal.usage.seal-batch}
 * (1000) per transaction, until none waits. Every node runs one; the chain head's row lock makes
 * them take turns, so positions stay consecutive in a cluster. An action's entry is written in the
 * action's own transaction and is in the chain about a second later; the checkpoints seal first.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class UsageLogSealer {

    private static final Logger LOG = Logger.getLogger(UsageLogSealer.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @Inject
    private UsageLogSeals seals;

    private int batch;
    private ScheduledFuture<?> sealing;
    private int failedTurns;

    @PostConstruct
    void start() {
        Config config = ConfigProvider.getConfig(UsageLogSealer.class.getClassLoader());
        long every = Math.max(
                10,
                config.getOptionalValue("mynaportal.usage.seal-millis", Long.class)
                        .orElse(1000L));
        batch = Math.max(
                1,
                config.getOptionalValue("mynaportal.usage.seal-batch", Integer.class)
                        .orElse(1000));
        sealing = executor.scheduleWithFixedDelay(this::sealQuietly, every, every, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Usage log sealer runs every " + every + " ms");
    }

    @PreDestroy
    void stop() {
        if (sealing != null) {
            sealing.cancel(false);
        }
    }

    /** Seals every entry that waits now; returns how many. */
    public long sealAll() {
        long sealed = 0;
        int step;
        do {
            step = seals.sealBatch(batch);
            sealed += step;
        } while (step == batch);
        return sealed;
    }

    /**
     * One turn of the schedule. While the database is away every turn fails: the first failure is
     * logged with its cause, the following ones are only counted, and the first turn that works
     * again says how many failed.
     */
    private void sealQuietly() {
        try {
            sealAll();
            if (failedTurns > 0) {
                int failed = failedTurns;
                failedTurns = 0;
                LOG.info(() -> "Usage log sealer works again after " + failed + " failed turns");
            }
        } catch (RuntimeException e) {
            if (failedTurns++ == 0) {
                LOG.log(Level.WARNING, "Usage log sealer: " + e.getMessage() + " (tried again at each turn)", e);
            }
        }
    }
}
