package jp.mynaportal.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The folders and files the configuration names: {@code mynaportal.data.dir} (default
 * {@code data}, made absolute against the working folder once), the development PKI
 * {@code mynaportal.card.pki} (default {@code <data dir>/pki}), the virtual card files
 * {@code mynaportal.card.folder} (default {@code <data dir>/cards}; the card-reader adapter reads
 * the same key), and comma-separated lists of files. Relative folders are resolved against the
 * data folder, never against the folder the server was started from; and the configured profile.
 */
public final class ConfiguredPaths {

    private ConfiguredPaths() {}

    public static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue("mynaportal.data.dir", String.class)
                        .orElse("data"))
                .toAbsolutePath()
                .normalize();
    }

    public static Path pkiFolder(Config config) {
        return inDataDir(config, "mynaportal.card.pki", "pki");
    }

    public static Path cardFolder(Config config) {
        return inDataDir(config, "mynaportal.card.folder", "cards");
    }

    /** The folder a key names, resolved against the data folder (an absolute one stays as it is). */
    private static Path inDataDir(Config config, String key, String fallback) {
        return dataDir(config)
                .resolve(config.getOptionalValue(key, String.class)
                        .filter(v -> !v.isBlank())
                        .orElse(fallback)
                        .trim())
                .normalize();
    }

    /** The configured profile ({@code mynaportal.profile}); production when none is set (see {@link PortalProfile}). */
    public static String profile(Config config) {
        return config.getOptionalValue(PortalProfile.KEY, String.class).orElse(PortalProfile.PRODUCTION.name());
    }

    /** The files a comma-separated key names, or the fallback when the key is not set. */
    public static List<Path> list(Config config, String key, Path fallback) {
        return config.getOptionalValue(key, String.class)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(Path::of)
                        .toList())
                .orElse(List.of(fallback));
    }
}
