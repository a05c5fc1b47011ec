package jp.mynaportal.platform;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a deployment is for, from {@code mynaportal.profile}: production unless the demonstration
 * is asked for explicitly with {@code mynaportal.profile=demo}. Only the demo seeds the demo
 * residents and the development PKI, runs without configured trust anchors and database
 * credentials, and relaxes the HTTPS and card-reader rules for the local machine.
 */
public enum PortalProfile {
    PRODUCTION,
    DEMO;

    /** The configuration key. */
    public static final String KEY = "mynaportal.profile";

    /** The profile a configured value names: {@code demo} is the demo, anything else production. */
    public static PortalProfile of(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("demo") ? DEMO : PRODUCTION;
    }

    /** The profile read through {@code lookup}, which answers null for an unset key. */
    public static PortalProfile from(UnaryOperator<String> lookup) {
        return of(lookup.apply(KEY));
    }

    /** The profile the running portal is configured with. */
    public static PortalProfile fromConfig() {
        return of(ConfigProvider.getConfig(PortalProfile.class.getClassLoader())
                .getOptionalValue(KEY, String.class)
                .orElse(null));
    }

    public boolean demo() {
        return this == DEMO;
    }
}
