package jp.mynaportal.exchange.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of やりとり履歴, from MicroProfile Config:
 *
 * <ul>
 *   <li>{@code mynaportal.exchange.record-years} (7): how many years back a 提供要求 may reach;
 *   <li>{@code mynaportal.exchange.result-days} (30): how long a result (or a failure) is kept;
 *   <li>{@code mynaportal.exchange.max-lines} (100000): the largest result; a longer period fails;
 *   <li>{@code mynaportal.exchange.worker.poll-millis} (1000): how often a node looks for work;
 *   <li>{@code mynaportal.exchange.worker.lease-seconds} (60): how long a claim holds before another
 *       node may take the request over;
 *   <li>{@code mynaportal.exchange.worker.batch} (10): how many requests one claim takes;
 *   <li>{@code mynaportal.exchange.worker.max-attempts} (3): claims before a request fails;
 *   <li>{@code mynaportal.exchange.worker.node} (host name and process id): this node's name in claims.
 * </ul>
 */
record ExchangeSettings(
        int recordYears,
        int resultDays,
        int maxLines,
        Duration poll,
        Duration lease,
        int batch,
        int maxAttempts,
        String node) {

    static ExchangeSettings fromConfig() {
        Config config = ConfigProvider.getConfig(ExchangeSettings.class.getClassLoader());
        return new ExchangeSettings(
                positive(config, "mynaportal.exchange.record-years", 7),
                positive(config, "mynaportal.exchange.result-days", 30),
                positive(config, "mynaportal.exchange.max-lines", 100_000),
                Duration.ofMillis(positive(config, "mynaportal.exchange.worker.poll-millis", 1000)),
                Duration.ofSeconds(positive(config, "mynaportal.exchange.worker.lease-seconds", 60)),
                positive(config, "mynaportal.exchange.worker.batch", 10),
                positive(config, "mynaportal.exchange.worker.max-attempts", 3),
                config.getOptionalValue("mynaportal.exchange.worker.node", String.class)
                        .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName()));
    }

    private static int positive(Config config, String key, int fallback) {
        return Math.max(1, config.getOptionalValue(key, Integer.class).orElse(fallback));
    }
}
