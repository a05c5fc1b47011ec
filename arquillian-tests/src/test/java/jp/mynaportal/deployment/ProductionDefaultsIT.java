package jp.mynaportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployables without any setting are production: Payara Micro started with the rar and the
 * WAR exactly as built, in an empty data folder and with none of the portal's keys, does not run
 * the portal. The log names every missing key in one line each, without a stack trace of the
 * portal's own, nothing demo is created, and no page is served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionDefaultsIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    @TempDir
    Path work;

    private Process micro;
    private Path log;
    private int port;

    @BeforeAll
    void startMicroWithoutSettings() throws Exception {
        Path microDir = Path.of(System.getProperty("mynaportal.micro.dir", "../ear/target/micro"))
                .toAbsolutePath();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(work.resolve("data"));
        log = work.resolve("micro.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC",
                        "-jar",
                        microDir.resolve("payara-micro.jar").toString(),
                        "--nocluster",
                        "--disablephonehome",
                        "--port",
                        Integer.toString(port),
                        "--deploy",
                        microDir.resolve("mynaportal-card.rar").toString(),
                        "--deploy",
                        microDir.resolve("mynaportal.war").toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MYNAPORTAL_"));
        micro = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!logText().contains("ready in")
                && micro.isAlive()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
    }

    @AfterAll
    void stopMicro() throws InterruptedException {
        if (micro != null) {
            micro.destroy();
            if (!micro.waitFor(30, TimeUnit.SECONDS)) {
                micro.destroyForcibly().waitFor();
            }
        }
    }

    private String logText() throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log) : "";
    }

    @Test
    void theLogNamesEveryMissingProductionSettingOnItsOwnLine() throws IOException {
        String text = logText();
        for (String key : List.of(
                "mynaportal.auth.trusted-cas",
                "mynaportal.pittari.trusted-sign-cas",
                "mynaportal.db.user",
                "mynaportal.db.password")) {
            assertThat(text).as(text).contains("Mynaportal refuses to start: " + key + " is not set");
        }
        assertThat(text).doesNotContain("at jp.mynaportal.");
    }

    @Test
    void nothingOfTheDemoIsCreated() throws IOException {
        try (Stream<Path> files = Files.walk(work.resolve("data"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void noPageIsServed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/index.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
