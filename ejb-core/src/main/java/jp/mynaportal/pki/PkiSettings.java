package jp.mynaportal.pki;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The PKI configuration, from MicroProfile Config: {@code mynaportal.pki.clock-skew-seconds}, how
 * far a CRL's thisUpdate may be ahead of the server's clock and still count as current (default
 * 60, at most 600).
 *
 * @param clockSkew the accepted clock skew
 */
public record PkiSettings(Duration clockSkew) {

    static final String CLOCK_SKEW_SECONDS = "mynaportal.pki.clock-skew-seconds";
    static final int DEFAULT_CLOCK_SKEW_SECONDS = 60;
    static final int MAX_CLOCK_SKEW_SECONDS = 600;

    public PkiSettings {
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofSeconds(MAX_CLOCK_SKEW_SECONDS)) > 0) {
            throw new IllegalArgumentException(
                    CLOCK_SKEW_SECONDS + " must be between 0 and " + MAX_CLOCK_SKEW_SECONDS + " seconds");
        }
    }

    public static PkiSettings fromConfig() {
        Config config = ConfigProvider.getConfig(PkiSettings.class.getClassLoader());
        return new PkiSettings(Duration.ofSeconds(
                config.getOptionalValue(CLOCK_SKEW_SECONDS, Integer.class).orElse(DEFAULT_CLOCK_SKEW_SECONDS)));
    }
}
