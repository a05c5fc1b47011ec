package jp.mynaportal.auth.internal;

import java.nio.file.Path;
import java.util.List;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The login configuration, from MicroProfile Config:
 * <ul>
 * <li>{@code mynaportal.auth.origin}: the origin clients sign tokens for (default {@code http://localhost:8080});</li>
 * <li>{@code mynaportal.auth.trusted-cas}: comma-separated files of trusted authentication CA certificates
 * (default {@code <data dir>/pki/auth-ca.crt});</li>
 * <li>{@code mynaportal.auth.crls}: comma-separated CRL files (default {@code <data dir>/pki/auth-ca.crl});</li>
 * <li>{@code mynaportal.profile}: {@code demo} seeds the demo residents and their cards; without it
 * (production) the portal does not;</li>
 * <li>{@code mynaportal.card.folder}: the virtual card files (default {@code <data dir>/cards});</li>
 * <li>{@code mynaportal.card.pki}: the development PKI (default {@code <data dir>/pki}).</li>
 * </ul>
 * Relative folders are resolved against the data folder (see {@link ConfiguredPaths}).
 */
public record AuthSettings(
        String origin, List<Path> trustedCas, List<Path> crls, String profile, Path cardFolder, Path pkiFolder) {

    public static AuthSettings fromConfig() {
        Config config = ConfigProvider.getConfig(AuthSettings.class.getClassLoader());
        Path pki = ConfiguredPaths.pkiFolder(config);
        return new AuthSettings(
                config.getOptionalValue("mynaportal.auth.origin", String.class).orElse("http://localhost:8080"),
                ConfiguredPaths.list(config, "mynaportal.auth.trusted-cas", pki.resolve("auth-ca.crt")),
                ConfiguredPaths.list(config, "mynaportal.auth.crls", pki.resolve("auth-ca.crl")),
                ConfiguredPaths.profile(config),
                ConfiguredPaths.cardFolder(config),
                pki);
    }

    /** Whether the demonstration was asked for ({@code mynaportal.profile=demo}). */
    public boolean demo() {
        return PortalProfile.of(profile).demo();
    }
}
