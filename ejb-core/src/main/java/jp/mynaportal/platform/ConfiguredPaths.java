package jp.mynaportal.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The folders and files the configuration names: {@code mynaportal.data.dir} (default
 * {@code data}), the development PKI {@code mynaportal.card.pki} (default {@code <data dir>/pki}),
 * the virtual card files {@code mynaportal.card.folder} (default {@code <data dir>/cards}), and
 * comma-separated lists of files; and whether {@code mynaportal.profile} is the demonstration
 * profile {@code default}.
 */
public final class ConfiguredPaths {

    private ConfiguredPaths() {}

    public static Path dataDir(Config config) {
        return Path.of(
                config.getOptionalValue("mynaportal.data.dir", String.class).orElse("data"));
    }

    public static Path pkiFolder(Config config) {
        return config.getOptionalValue("mynaportal.card.pki", String.class)
                .map(Path::of)
                .orElse(dataDir(config).resolve("pki"));
    }

    public static Path cardFolder(Config config) {
        return config.getOptionalValue("mynaportal.card.folder", String.class)
                .map(Path::of)
                .orElse(dataDir(config).resolve("cards"));
    }

    /** The configured profile, {@code default} when none is set. */
    public static String profile(Config config) {
        return config.getOptionalValue("mynaportal.profile", String.class).orElse("default");
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
