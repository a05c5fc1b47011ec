package jp.mynaportal.proxy.internal;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * 代理人's configuration: {@code mynaportal.proxy.max-period-days} (the longest period a registration
 * may have, 365) and {@code mynaportal.proxy.pending-minutes} (how long a started registration waits
 * for both cards before it is dropped, 30).
 */
record ProxySettings(int maxPeriodDays, Duration pendingLifetime) {

    static ProxySettings fromConfig() {
        Config config = ConfigProvider.getConfig(ProxySettings.class.getClassLoader());
        int days = Math.max(
                1,
                config.getOptionalValue("mynaportal.proxy.max-period-days", Integer.class)
                        .orElse(365));
        int minutes = Math.max(
                1,
                config.getOptionalValue("mynaportal.proxy.pending-minutes", Integer.class)
                        .orElse(30));
        return new ProxySettings(days, Duration.ofMinutes(minutes));
    }
}
