package jp.mynaportal.platform.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsToAnH2FileDatabaseInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.from(key -> null);
        String expectedFile = Path.of("data")
                .toAbsolutePath()
                .normalize()
                .resolve("mynaportal")
                .toString();
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + expectedFile + ";DB_CLOSE_ON_EXIT=FALSE");
        assertThat(settings.isPostgres()).isFalse();
    }

    @Test
    void putsTheH2FileInTheConfiguredDataFolder() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.DATA_DIR, "/srv/portal")::get);
        assertThat(settings.url()).startsWith("jdbc:h2:file:/srv/portal/mynaportal;");
    }

    @Test
    void usesTheConfiguredPostgresUrlAndCredentials() {
        Map<String, String> config = Map.of(
                DatabaseSettings.URL, "jdbc:postgresql://db:5432/portal",
                DatabaseSettings.USER, "portal",
                DatabaseSettings.PASSWORD, "secret");
        DatabaseSettings settings = DatabaseSettings.from(config::get);
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.user()).isEqualTo("portal");
        assertThat(settings.password()).isEqualTo("secret");
    }

    @Test
    void neverPrintsThePassword() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(DatabaseSettings.PASSWORD, "secret")::get);
        assertThat(settings.toString()).doesNotContain("secret");
    }

    @Test
    void withoutSettingsRefusesTheDefaultH2UserAndEmptyPasswordNamingBothKeys() {
        assertThat(DatabaseSettings.refusals(key -> null))
                .hasSize(2)
                .anySatisfy(r -> assertThat(r).startsWith(DatabaseSettings.USER + " is not set"))
                .anySatisfy(r -> assertThat(r).startsWith(DatabaseSettings.PASSWORD + " is not set"));
    }

    @Test
    void refusesAnEmptyPasswordOutsideTheDemo() {
        Map<String, String> config = Map.of(DatabaseSettings.USER, "portal", DatabaseSettings.PASSWORD, "");
        assertThat(DatabaseSettings.refusals(config::get))
                .singleElement()
                .satisfies(r -> assertThat(r).startsWith(DatabaseSettings.PASSWORD));
    }

    @Test
    void acceptsAConfiguredUserAndPassword() {
        Map<String, String> config = Map.of(DatabaseSettings.USER, "portal", DatabaseSettings.PASSWORD, "secret");
        assertThat(DatabaseSettings.refusals(config::get)).isEmpty();
    }

    @Test
    void theDemoProfileRunsH2AsSaWithAnEmptyPassword() {
        assertThat(DatabaseSettings.refusals(Map.of("mynaportal.profile", "demo")::get))
                .isEmpty();
    }
}
