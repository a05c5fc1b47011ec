package jp.mynaportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro started the way an operator starts it, outside Arquillian: the rar and the WAR
 * exactly as built, with the hardening pre-boot commands bin/portal uses, in a folder of its own, with none of the portal's environment variables but
 * those given, on a free port. For tests of what the deployables do with (or without) settings,
 * which Arquillian's deployments cannot show since they add a configuration to the WAR. A Micro in
 * the demo profile starts with the development PKI and cards of the run's first one ({@link
 * DemoCardsOfTheRun}).
 */
public final class StandaloneMicro implements AutoCloseable {

    /** As long as Arquillian waits for a Micro ({@code mynaportal.test.startupTimeoutSeconds}, 600 s). */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("mynaportal.test.startupTimeoutSeconds", 600));

    private final Path folder;
    private final Path log;
    private final int port;
    private final Process process;

    private StandaloneMicro(Path folder, Path log, int port, Process process) {
        this.folder = folder;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /**
     * The client compiler only: a standalone Micro lives for one class, and its start took 0.76 of
     * the CPU time this way (docs/PERFORMANCE.md).
     */
    private static final List<String> SHORT_LIVED = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Starts a Micro with these environment variables and waits until it says it is ready. */
    public static StandaloneMicro start(Map<String, String> environment) throws IOException, InterruptedException {
        return start(environment, Files.createTempDirectory("standalone-micro"), SHORT_LIVED);
    }

    /**
     * Starts a Micro with these environment variables and JVM options in {@code folder} (made empty
     * first; its {@code data} folder is the portal's) and waits until it says it is ready.
     */
    public static StandaloneMicro start(Map<String, String> environment, Path folder, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path microDir = Path.of(System.getProperty("mynaportal.micro.dir", "../ear/target/micro"))
                .toAbsolutePath();
        // the hardening bin/portal starts with: the HTTP listeners' settings, no metrics, health or openapi
        Path preBoot = Path.of(System.getProperty(
                        "mynaportal.micro.preboot", "../ear/src/main/micro/pre-boot-commands.asadmin"))
                .toAbsolutePath();
        delete(folder);
        Path data = Files.createDirectories(folder.resolve("data"));
        boolean demo = "demo".equals(environment.get("MYNAPORTAL_PROFILE"));
        if (demo) {
            DemoCardsOfTheRun.copyInto(data);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = folder.resolve("micro.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                microDir.resolve("payara-micro.jar").toString(),
                "--nocluster",
                "--disablephonehome",
                "--prebootcommandfile",
                preBoot.toString(),
                "--port",
                Integer.toString(port),
                "--deploy",
                microDir.resolve("mynaportal-card.rar").toString(),
                "--deploy",
                microDir.resolve("mynaportal.war").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MYNAPORTAL_"));
        builder.environment().putAll(environment);
        StandaloneMicro micro = new StandaloneMicro(folder, log, port, builder.start());
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!micro.log().contains("ready in")
                && micro.process.isAlive()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        if (demo && micro.log().contains("ready in")) {
            DemoCardsOfTheRun.keepFrom(data);
        }
        return micro;
    }

    /**
     * This Micro if it said it is ready; otherwise it is stopped and its log thrown, for a server
     * that a whole run of tests shares ({@code what} names it in the message).
     */
    public StandaloneMicro readyOrFail(String what) throws IOException, InterruptedException {
        if (log().contains("ready in")) {
            return this;
        }
        String logged = log();
        close();
        throw new IllegalStateException(what + " did not start:\n" + logged);
    }

    /** Everything the Micro logged so far. */
    public String log() {
        try {
            return Files.isRegularFile(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The portal's address, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String address() {
        return "http://127.0.0.1:" + port;
    }

    /** The Micro's working folder, with its {@code data} folder. */
    public Path folder() {
        return folder;
    }

    /**
     * Kills the Micro as {@code kill -9} does (no shutdown hooks, no transactions finished) and waits
     * until the process is gone; its folder stays until {@link #close()}.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Whether the Micro's process still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    /** Stops the Micro and removes its folder. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        delete(folder);
    }

    /** Removes {@code folder} and everything in it, if it exists. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
