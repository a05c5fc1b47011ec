package jp.mynaportal.platform.schema;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.engine.Constants;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Makes {@link H2Template}'s database while the build runs: a new H2 file database brought to the
 * current schema by {@link SchemaMigrator} (every migration, as a first start would run them),
 * compacted and gzipped onto this module's class path. It is made again only when its class path
 * (the persistence module's migrations, loaders and reference data, H2, Flyway) changed since the
 * last time, which a fingerprint beside it records.
 *
 * <p>Arguments: the template file to write, the fingerprint file.
 */
public final class H2TemplateBuild {

    private static final Logger LOG = Logger.getLogger(H2TemplateBuild.class.getName());

    private H2TemplateBuild() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: H2TemplateBuild <template.gz> <fingerprint>");
        }
        Path template = Path.of(args[0]);
        Path stamp = Path.of(args[1]);
        String fingerprint = fingerprint(classPath(), template);
        if (Files.exists(template)
                && Files.exists(stamp)
                && Files.readString(stamp).equals(fingerprint)) {
            return;
        }
        long started = System.nanoTime();
        quietMigrationLogs();
        build(template);
        Files.createDirectories(stamp.toAbsolutePath().getParent());
        Files.writeString(stamp, fingerprint);
        long bytes = Files.size(template);
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(() -> String.format(
                "H2 template of the migrated schema: %s (%,d bytes) in %.1f s", template, bytes, seconds));
    }

    static void build(Path template) throws IOException, SQLException {
        Path work = Files.createTempDirectory("mynaportal-h2-template");
        try {
            Path database = work.resolve("mynaportal");
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE");
            h2.setUser(H2Template.TEMPLATE_USER);
            h2.setPassword("");
            new SchemaMigrator(h2).migrate();
            try (Connection connection = h2.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            Files.createDirectories(template.toAbsolutePath().getParent());
            Path partial = template.resolveSibling(template.getFileName() + ".part");
            try (InputStream in = Files.newInputStream(work.resolve("mynaportal.mv.db"));
                    OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                in.transferTo(out);
            }
            Files.move(partial, template, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static List<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList();
    }

    /**
     * SHA-256 over H2's version and the names and contents of every class path entry: the files of
     * a folder (but the template's own), the entries of a jar (not the jar's bytes, which hold the
     * time it was packed).
     */
    static String fingerprint(List<Path> classPath, Path template) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Constants.FULL_VERSION.getBytes(StandardCharsets.UTF_8));
        Path skipped = template.toAbsolutePath().normalize().getParent();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(entry)) {
                    files = walk.filter(Files::isRegularFile)
                            .filter(f -> !f.toAbsolutePath().normalize().startsWith(skipped))
                            .sorted()
                            .toList();
                }
                for (Path file : files) {
                    add(digest, entry.relativize(file).toString(), Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(entry)) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream()
                            .filter(e -> !e.isDirectory())
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .toList();
                    for (ZipEntry e : entries) {
                        try (InputStream in = jar.getInputStream(e)) {
                            add(digest, e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    /** The build's output gets one line, not a line per migration. */
    private static void quietMigrationLogs() {
        for (String name : new String[] {"", "org.flywaydb", "jp.mynaportal"}) {
            Logger.getLogger(name).setLevel(Level.WARNING);
        }
        LOG.setLevel(Level.INFO);
    }
}
