package jp.mynaportal.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.mynaportal.platform.datasource.DatabaseSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a deployment outside the demo profile must configure before it serves anyone: the trust
 * anchors of login and of application signatures (no development PKI stands in for them) and a
 * real database user and password. Each unmet requirement is one sentence naming its key.
 */
public final class StartupRequirements {

    /** The authentication CA certificates that login trusts. */
    public static final String AUTH_TRUST_ANCHORS = "mynaportal.auth.trusted-cas";
    /** The signing CA certificates that application signatures must lead to. */
    public static final String SIGN_TRUST_ANCHORS = "mynaportal.pittari.trusted-sign-cas";

    private StartupRequirements() {}

    /** The unmet requirements of the configuration read through {@code lookup} (null for an unset key). */
    public static List<String> unmet(UnaryOperator<String> lookup) {
        List<String> unmet = new ArrayList<>();
        if (PortalProfile.from(lookup).demo()) {
            return unmet;
        }
        trustAnchors(lookup, AUTH_TRUST_ANCHORS, "the authentication CA certificates that card login trusts", unmet);
        trustAnchors(lookup, SIGN_TRUST_ANCHORS, "the signing CA certificates that signed applications trust", unmet);
        unmet.addAll(DatabaseSettings.refusals(lookup));
        return unmet;
    }

    /** The unmet requirements of the running portal's configuration. */
    public static List<String> unmetFromConfig() {
        Config config = ConfigProvider.getConfig(StartupRequirements.class.getClassLoader());
        return unmet(key -> config.getOptionalValue(key, String.class).orElse(null));
    }

    private static void trustAnchors(UnaryOperator<String> lookup, String key, String what, List<String> unmet) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            unmet.add(key + " is not set: give " + what + " (only the demo profile trusts its development PKI)");
            return;
        }
        for (String file : value.split(",")) {
            Path path = Path.of(file.trim());
            if (!file.isBlank() && !Files.isReadable(path)) {
                unmet.add(key + " names " + path.toAbsolutePath() + ", which is not a readable file");
            }
        }
    }
}
