package jp.mynaportal.connect;

import java.nio.file.Path;
import jp.mynaportal.platform.ConfiguredPaths;
import org.eclipse.microprofile.config.Config;

/**
 * Where the operator's site registrations live: {@code mynaportal.connect.sites}, resolved against
 * the data folder (default {@code <data dir>/connect/sites}); and where the demo sites of the demo
 * profile keep their client secrets ({@code <data dir>/connect/demo-sites}, owner only).
 */
public final class SiteRegistrations {

    private SiteRegistrations() {}

    public static Path folder(Config config) {
        return ConfiguredPaths.dataDir(config)
                .resolve(config.getOptionalValue("mynaportal.connect.sites", String.class)
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .orElse("connect/sites"))
                .normalize();
    }

    public static Path demoSecrets(Config config) {
        return ConfiguredPaths.dataDir(config).resolve("connect/demo-sites");
    }
}
