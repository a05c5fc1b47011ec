package jp.mynaportal.card.adapter;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;
import jp.mynaportal.card.transport.PcscLibrary;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The card-reader settings, from the portal's MicroProfile Config (the one source of them; the
 * connection-factory descriptors name only each factory's transport):
 * <ul>
 * <li>{@code mynaportal.card.folder}: the virtual card files; a relative path is resolved against
 * the data folder; default {@code <data dir>/cards};</li>
 * <li>{@code mynaportal.data.dir}: the data folder, default {@code ./data} (made absolute);</li>
 * <li>{@code mynaportal.card.pcsc-library}: the PC/SC library; default: found on this machine.</li>
 * </ul>
 * The adapter reads the configuration of the application that first uses a factory (its context
 * class loader), so that a key set for the portal applies here too; outside a MicroProfile
 * runtime it falls back to system properties and environment variables.
 */
final class CardSettings {

    static final String CARD_FOLDER = "mynaportal.card.folder";
    static final String DATA_DIR = "mynaportal.data.dir";
    static final String PCSC_LIBRARY = "mynaportal.card.pcsc-library";

    private CardSettings() {}

    /** The card folder the configuration read through {@code lookup} names (null for an unset key). */
    static Path cardFolder(UnaryOperator<String> lookup) {
        Path data = Path.of(orDefault(lookup.apply(DATA_DIR), "data"))
                .toAbsolutePath()
                .normalize();
        return data.resolve(orDefault(lookup.apply(CARD_FOLDER), "cards")).normalize();
    }

    /** The PC/SC library the configuration names, else the one found on this machine, else blank (the JDK's default). */
    static String pcscLibrary(UnaryOperator<String> lookup) {
        String configured = lookup.apply(PCSC_LIBRARY);
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        return PcscLibrary.find().map(Path::toString).orElse("");
    }

    /** The portal's configuration, as the calling application sees it. */
    static UnaryOperator<String> portalConfig() {
        try {
            var config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
            return key -> config.getOptionalValue(key, String.class).orElse(null);
        } catch (LinkageError | IllegalStateException e) {
            return CardSettings::systemOrEnvironment;
        }
    }

    private static String systemOrEnvironment(String key) {
        String value = System.getProperty(key);
        return value != null
                ? value
                : System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
