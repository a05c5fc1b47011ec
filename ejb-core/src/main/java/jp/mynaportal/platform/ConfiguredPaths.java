package jp.mynaportal.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * The folders and files the configuration names: {@code mynaportal.data.dir} (default
 * {@code data}), the development PKI {@code mynaportal.card.pki} (default {@code <data dir>/pki}),
 * and comma-separated lists of files.
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
