package jp.mynaportal.application.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The online-application configuration, from MicroProfile Config:
 * <ul>
 * <li>{@code mynaportal.pittari.draft-days}: how long an untouched draft is kept (default 30);</li>
 * <li>{@code mynaportal.pittari.attachment-max-bytes}: the largest attachment (default 5 MiB);</li>
 * <li>{@code mynaportal.pittari.trusted-sign-cas}: comma-separated files of trusted signing CA
 * certificates (default {@code <pki folder>/sign-ca.crt});</li>
 * <li>{@code mynaportal.pittari.sign-crls}: their CRL files (default {@code <pki folder>/sign-ca.crl});</li>
 * <li>{@code mynaportal.auth.trusted-cas} and {@code mynaportal.auth.crls}: the authentication CAs
 * and their CRLs, as login reads them, for procedures signed with the 利用者証明用 key.</li>
 * </ul>
 * The pki folder is {@code mynaportal.card.pki}, else {@code <mynaportal.data.dir>/pki}.
 */
record ApplicationSettings(
        Duration draftLifetime,
        long maxAttachmentBytes,
        List<Path> trustedSignCas,
        List<Path> signCrls,
        List<Path> trustedAuthCas,
        List<Path> authCrls) {

    static ApplicationSettings fromConfig() {
        Config config = ConfigProvider.getConfig(ApplicationSettings.class.getClassLoader());
        Path pki = ConfiguredPaths.pkiFolder(config);
        return new ApplicationSettings(
                Duration.ofDays(config.getOptionalValue("mynaportal.pittari.draft-days", Integer.class)
                        .orElse(30)),
                config.getOptionalValue("mynaportal.pittari.attachment-max-bytes", Long.class)
                        .orElse(5L * 1024 * 1024),
                ConfiguredPaths.list(config, "mynaportal.pittari.trusted-sign-cas", pki.resolve("sign-ca.crt")),
                ConfiguredPaths.list(config, "mynaportal.pittari.sign-crls", pki.resolve("sign-ca.crl")),
                ConfiguredPaths.list(config, "mynaportal.auth.trusted-cas", pki.resolve("auth-ca.crt")),
                ConfiguredPaths.list(config, "mynaportal.auth.crls", pki.resolve("auth-ca.crl")));
    }
}
