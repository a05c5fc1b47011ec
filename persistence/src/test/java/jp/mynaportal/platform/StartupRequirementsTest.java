package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupRequirementsTest {

    @TempDir
    Path folder;

    private final Map<String, String> config = new HashMap<>();

    private Path authCa;
    private Path signCa;

    @BeforeEach
    void productionSettings() throws IOException {
        authCa = Files.writeString(folder.resolve("auth-ca.crt"), "auth");
        signCa = Files.writeString(folder.resolve("sign-ca.crt"), "sign");
        config.put(StartupRequirements.AUTH_TRUST_ANCHORS, authCa.toString());
        config.put(StartupRequirements.SIGN_TRUST_ANCHORS, signCa.toString());
        config.put("mynaportal.db.user", "portal");
        config.put("mynaportal.db.password", "secret");
    }

    @Test
    void aStartWithoutAnySettingNamesEveryMissingKey() {
        assertThat(StartupRequirements.unmet(key -> null))
                .hasSize(4)
                .anySatisfy(r -> assertThat(r).startsWith("mynaportal.auth.trusted-cas is not set"))
                .anySatisfy(r -> assertThat(r).startsWith("mynaportal.pittari.trusted-sign-cas is not set"))
                .anySatisfy(r -> assertThat(r).startsWith("mynaportal.db.user is not set"))
                .anySatisfy(r -> assertThat(r).startsWith("mynaportal.db.password is not set"));
    }

    @Test
    void aProductionStartWithTrustAnchorsAndCredentialsHasNothingMissing() {
        assertThat(StartupRequirements.unmet(config::get)).isEmpty();
    }

    @Test
    void aTrustAnchorFileThatIsNotThereIsNamed() {
        Path missing = folder.resolve("missing.crt");
        config.put(StartupRequirements.AUTH_TRUST_ANCHORS, authCa + ", " + missing);
        assertThat(StartupRequirements.unmet(config::get))
                .containsExactly("mynaportal.auth.trusted-cas names " + missing + ", which is not a readable file");
    }

    @Test
    void theDemoAskedForExplicitlyNeedsNoSetting() {
        assertThat(StartupRequirements.unmet(Map.of("mynaportal.profile", "demo")::get))
                .isEmpty();
    }
}
