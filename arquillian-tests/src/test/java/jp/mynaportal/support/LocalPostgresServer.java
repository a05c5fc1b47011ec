package jp.mynaportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of one test alone, which it may stop and start again: the Debian server
 * binaries ({@code /usr/lib/postgresql/<version>/bin}) on a temporary data folder and a free
 * port, trust authentication, listening on 127.0.0.1 only. PostgreSQL refuses to run as root, so
 * as root the commands run as the {@code postgres} user (who then owns the data folder).
 */
public final class LocalPostgresServer implements AutoCloseable {

    private static final String DATABASE = "mynaportal";

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private boolean running;

    private LocalPostgresServer(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** A new server, initialised, started, with an empty database {@value #DATABASE}. */
    public static LocalPostgresServer start() {
        try {
            Path dataDir = Files.createTempDirectory("mynaportal-pg-");
            if (runningAsRoot()) {
                UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dataDir, users.lookupPrincipalByName("postgres"));
            }
            LocalPostgresServer server = new LocalPostgresServer(serverBinaries(), dataDir, freePort());
            server.run(
                    server.bin.resolve("initdb").toString(),
                    "-D",
                    dataDir.toString(),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync");
            server.startAgain();
            try (Connection connection = DriverManager.getConnection(server.serverUrl("postgres"), "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The test's PostgreSQL server did not answer: " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of the portal's database on this server. */
    public String url() {
        return serverUrl(DATABASE);
    }

    private String serverUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Stops the server at once (open connections are ended), and waits until it is down. */
    public void stop() {
        run(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop");
        running = false;
    }

    /** Starts the server again if a test stopped it. */
    public void ensureRunning() {
        if (!running) {
            startAgain();
        }
    }

    /** Starts the stopped server and waits until it accepts connections. */
    public void startAgain() {
        run(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.toString(),
                "-l",
                dataDir.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w",
                "start");
        running = true;
    }

    /** Stops the server if it runs and removes its data folder. */
    @Override
    public void close() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"), false);
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(String... command) {
        run(List.of(command), true);
    }

    private void run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .directory(dataDir.toFile())
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL server of the Debian packages. */
    private static Path serverBinaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            throw new IllegalStateException("The PostgreSQL server package is needed (/usr/lib/postgresql)");
        }
        try (Stream<Path> dirs = Files.list(versions)) {
            return dirs.map(dir -> dir.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(
                            dir.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("No pg_ctl under " + versions));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
