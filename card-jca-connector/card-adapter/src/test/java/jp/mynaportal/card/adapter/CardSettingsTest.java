package jp.mynaportal.card.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardSettingsTest {

    @Test
    void theCardFolderIsInTheConfiguredDataFolderWhereverThePortalWasStartedFrom() {
        assertThat(CardSettings.cardFolder(Map.of(CardSettings.DATA_DIR, "/srv/portal")::get))
                .isEqualTo(Path.of("/srv/portal/cards"));
    }

    @Test
    void aRelativeCardFolderIsResolvedAgainstTheDataFolder() {
        Map<String, String> config = Map.of(CardSettings.DATA_DIR, "/srv/portal", CardSettings.CARD_FOLDER, "counter");
        assertThat(CardSettings.cardFolder(config::get)).isEqualTo(Path.of("/srv/portal/counter"));
    }

    @Test
    void anAbsoluteCardFolderIsTakenAsItIs() {
        Map<String, String> config =
                Map.of(CardSettings.DATA_DIR, "/srv/portal", CardSettings.CARD_FOLDER, "/var/lib/cards");
        assertThat(CardSettings.cardFolder(config::get)).isEqualTo(Path.of("/var/lib/cards"));
    }

    @Test
    void withoutSettingsTheCardFolderIsAbsolute() {
        assertThat(CardSettings.cardFolder(key -> null))
                .isAbsolute()
                .isEqualTo(Path.of("data/cards").toAbsolutePath().normalize());
    }

    @Test
    void aConfiguredPcscLibraryWins() {
        assertThat(CardSettings.pcscLibrary(Map.of(CardSettings.PCSC_LIBRARY, "/opt/pcsc/libpcsclite.so.1")::get))
                .isEqualTo("/opt/pcsc/libpcsclite.so.1");
    }
}
