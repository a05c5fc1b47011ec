package jp.mynaportal.connect.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.mynaportal.connect.SiteRegistrations;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * もっとつながる's configuration, from MicroProfile Config:
 * <ul>
 * <li>{@code mynaportal.connect.issuer}: the issuer (the portal's public address, e.g.
 * {@code https://portal.example.jp}); by default the address the caller reached the portal at;</li>
 * <li>{@code mynaportal.connect.sites}: the folder of the operator's site registrations (default
 * {@code <data dir>/connect/sites});</li>
 * <li>{@code mynaportal.connect.keys}: the folder of the ID-token signing keys, readable by the
 * owner only (default {@code <data dir>/connect/keys});</li>
 * <li>{@code mynaportal.connect.code-seconds} (60), {@code mynaportal.connect.token-seconds} (600),
 * {@code mynaportal.connect.id-token-seconds} (600): how long codes, access tokens and ID tokens
 * are valid;</li>
 * <li>{@code mynaportal.connect.key-rotation-days} (90): a new signing key after this long;
 * {@code mynaportal.connect.key-retention-days} (7): how long a replaced key stays in the JWKS.</li>
 * </ul>
 */
record ConnectSettings(
        Optional<String> issuer,
        Path sitesFolder,
        Path keysFolder,
        Duration codeLifetime,
        Duration tokenLifetime,
        Duration idTokenLifetime,
        Duration keyRotation,
        Duration keyRetention) {

    static ConnectSettings fromConfig() {
        Config config = ConfigProvider.getConfig(ConnectSettings.class.getClassLoader());
        Path data = ConfiguredPaths.dataDir(config);
        return new ConnectSettings(
                config.getOptionalValue("mynaportal.connect.issuer", String.class)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(s -> s.replaceAll("/+$", "")),
                SiteRegistrations.folder(config),
                folder(config, data, "mynaportal.connect.keys", "connect/keys"),
                Duration.ofSeconds(seconds(config, "mynaportal.connect.code-seconds", 60)),
                Duration.ofSeconds(seconds(config, "mynaportal.connect.token-seconds", 600)),
                Duration.ofSeconds(seconds(config, "mynaportal.connect.id-token-seconds", 600)),
                Duration.ofDays(seconds(config, "mynaportal.connect.key-rotation-days", 90)),
                Duration.ofDays(seconds(config, "mynaportal.connect.key-retention-days", 7)));
    }

    private static Path folder(Config config, Path data, String key, String fallback) {
        return data.resolve(config.getOptionalValue(key, String.class)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .orElse(fallback))
                .normalize();
    }

    private static long seconds(Config config, String key, long fallback) {
        long value = config.getOptionalValue(key, Long.class).orElse(fallback);
        if (value <= 0) {
            throw new IllegalStateException(key + " must be positive");
        }
        return value;
    }

    /** The issuer: the configured one, else the address the caller reached the portal at. */
    String issuer(String baseUrl) {
        return issuer.orElse(baseUrl.replaceAll("/+$", ""));
    }
}
