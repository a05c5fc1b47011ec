package jp.mynaportal.usage.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.mynaportal.platform.SchemaStartup;
import jp.mynaportal.usage.chain.CheckpointKey;
import jp.mynaportal.usage.chain.UsageLogTool;
import jp.mynaportal.usage.chain.UsageLogVerifier;
import jp.mynaportal.usage.chain.Verification;
import jp.mynaportal.usage.model.UsageChainHead;
import jp.mynaportal.usage.model.UsageCheckpoint;
import jp.mynaportal.usage.repository.UsageLogRepository;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signed checkpoints of the usage-log chain: at start-up it checks the latest checkpoint (and logs
 * a loud error when the log no longer holds what it signed), then signs the chain head, and again
 * every night at 02:30, with the portal's own key from {@code mynaportal.usage.key-dir} (default
 * {@code <data dir>/usage-log}), which it generates on first start. A key it cannot read or
 * create is a loud error in the server log, not a portal that does not start.
 */
@Singleton
@Startup
@DependsOn({"SchemaStartup", "UsageLogSealer"})
public class UsageLogCheckpoints {

    private static final Logger LOG = Logger.getLogger(UsageLogCheckpoints.class.getName());

    @Resource(lookup = SchemaStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private UsageLogRepository repository;

    @Inject
    private UsageLogSealer sealer;

    private final Clock clock = Clock.systemUTC();
    private Path keyDir;
    private CheckpointKey key;

    @PostConstruct
    void checkAndSign() {
        Config config = ConfigProvider.getConfig(UsageLogCheckpoints.class.getClassLoader());
        keyDir = UsageLogTool.keyDir(
                k -> config.getOptionalValue(k, String.class).orElse(null));
        try {
            key = CheckpointKey.openOrCreate(keyDir);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "NO USAGE-LOG CHECKPOINTS: the checkpoint key in " + keyDir + " cannot be used", e);
        }
        Verification latest = checkLatest();
        if (!latest.intact()) {
            LOG.severe(() -> "\n*****************************************************************\n"
                    + "* THE USAGE LOG HAS BEEN TAMPERED WITH: " + latest.problem() + "\n"
                    + "* Run bin/usage-log verify to find the first broken entry.\n"
                    + "*****************************************************************");
        }
        checkpoint();
    }

    /** Seals what waits, then signs the chain head (nothing when the log is empty). */
    @Schedule(hour = "2", minute = "30", persistent = false, info = "usage log checkpoint")
    public void checkpoint() {
        if (key == null) {
            LOG.severe(() -> "No usage-log checkpoint signed: no usable checkpoint key in " + keyDir);
            return;
        }
        sealer.sealAll();
        UsageChainHead head = repository.head();
        if (head.getLastSeq() == 0) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        repository.appendCheckpoint(new UsageCheckpoint(
                head.getLastSeq(),
                head.getLastHash(),
                now,
                key.keyId(),
                key.sign(head.getLastSeq(), head.getLastHash(), now)));
        LOG.info(() -> "Usage log checkpoint signed at entry " + head.getLastSeq());
    }

    /** The latest checkpoint checked against the log. */
    public Verification checkLatest() {
        try (Connection connection = dataSource.getConnection()) {
            return new UsageLogVerifier(CheckpointKey.trustedKeys(keyDir)).verifyLatestCheckpoint(connection);
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Cannot check the usage log's latest checkpoint", e);
            return new Verification(0, 0, 0, "cannot read the log: " + e.getMessage(), 0);
        }
    }
}
