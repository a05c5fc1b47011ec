package jp.mynaportal.auth.web;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The inactivity and absolute session timeouts, the same for pages and REST. */
final class SessionTimeouts {

    private SessionTimeouts() {}

    static Duration inactivity() {
        return timeout("mynaportal.session.inactivity", 30);
    }

    static Duration absolute() {
        return timeout("mynaportal.session.absolute", 480);
    }

    /**
     * A timeout read on every use: {@code <key>-seconds} when it is set (tests shorten timeouts to
     * seconds), otherwise {@code <key>-minutes}, otherwise the default.
     */
    private static Duration timeout(String key, int defaultMinutes) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(key + "-seconds", Long.class)
                .map(Duration::ofSeconds)
                .orElseGet(() -> Duration.ofMinutes(
                        config.getOptionalValue(key + "-minutes", Integer.class).orElse(defaultMinutes)));
    }
}
