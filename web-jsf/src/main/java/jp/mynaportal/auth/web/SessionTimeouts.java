package jp.mynaportal.auth.web;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** The inactivity and absolute session timeouts, the same for pages and REST. */
final class SessionTimeouts {

    private SessionTimeouts() {}

    static Duration inactivity() {
        return Duration.ofMinutes(ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.session.inactivity-minutes", Integer.class)
                .orElse(30));
    }

    static Duration absolute() {
        return Duration.ofMinutes(ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.session.absolute-minutes", Integer.class)
                .orElse(480));
    }
}
