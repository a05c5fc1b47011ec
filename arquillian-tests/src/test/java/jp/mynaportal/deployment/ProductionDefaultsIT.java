package jp.mynaportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mynaportal.support.StandaloneMicro;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The deployables without any setting are production: Payara Micro started with the rar and the
 * WAR exactly as built, in an empty data folder and with none of the portal's keys, does not run
 * the portal. The log names every missing key in a line of its own, the portal's refusal carries
 * no stack trace of its own, nothing of the demo is created, and no page is served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionDefaultsIT {

    private StandaloneMicro micro;

    @BeforeAll
    void startMicroWithoutSettings() throws Exception {
        micro = StandaloneMicro.start(Map.of());
    }

    @AfterAll
    void stopMicro() throws Exception {
        micro.close();
    }

    @Test
    void theLogNamesEveryMissingProductionSettingOnALineOfItsOwn() {
        String log = micro.log();
        for (String key : List.of(
                "mynaportal.auth.trusted-cas",
                "mynaportal.pittari.trusted-sign-cas",
                "mynaportal.db.user",
                "mynaportal.db.password")) {
            assertThat(log).as(log).contains("Mynaportal refuses to start: " + key + " is not set");
        }
        assertThat(log).doesNotContain("at jp.mynaportal.");
    }

    @Test
    void nothingOfTheDemoIsCreated() throws Exception {
        try (Stream<Path> files = Files.walk(micro.folder().resolve("data"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void noPageIsServed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(micro.address() + "/index.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
