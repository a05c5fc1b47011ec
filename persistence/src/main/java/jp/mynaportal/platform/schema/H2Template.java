package jp.mynaportal.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database with every migration applied, as the build made it ({@code H2TemplateBuild} in
 * the module {@code persistence/h2-template}, whose jar holds it): the schema, the reference data
 * and the ぴったりサービス catalogue. A new H2 file database starts as a copy of it, so that the
 * first start runs no migration that the build already ran (on H2 they rewrite the 155,000 rows
 * of the catalogue several times: about 19 of a first start's 38 seconds); Flyway then finds the
 * copy's history complete and validates it as on any restart. A database that exists, an
 * in-memory or server URL, and a class path without the template jar all migrate as before.
 */
public final class H2Template {

    private static final Logger LOG = Logger.getLogger(H2Template.class.getName());

    /** Where the template is, gzipped, on the class path (in the {@code mynaportal-h2-template} jar). */
    public static final String RESOURCE = "/db/h2-template/mynaportal.mv.db.gz";

    /** The template's owner; a copy is handed over to the configured user before first use. */
    static final String TEMPLATE_USER = "sa";

    private static final String PREFIX = "jdbc:h2:";
    private static final Pattern OTHER_KIND = Pattern.compile("^[A-Za-z0-9]{2,}:.*");

    private H2Template() {}

    /**
     * Puts the template where {@code url}'s database file would be when that file does not exist
     * yet, and hands it to {@code user} with {@code password}. Answers whether it did; when
     * copying fails, nothing is left behind and Flyway migrates the new database from scratch.
     */
    public static boolean installIfAbsent(String url, String user, String password) {
        Optional<Path> file = databaseFile(url);
        URL template = H2Template.class.getResource(RESOURCE);
        if (file.isEmpty() || Files.exists(file.get()) || template == null) {
            return false;
        }
        Path target = file.get().toAbsolutePath();
        long started = System.nanoTime();
        try {
            copy(template, target);
            handOver(url, user, password);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "The migrated H2 template could not be installed at " + target
                            + "; the new database is migrated from scratch");
            deleteQuietly(target);
            return false;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(
                () -> "New H2 database " + target + " started from the build's migrated template in " + millis + " ms");
        return true;
    }

    /** The file ({@code name.mv.db}) of an H2 file URL; none for in-memory, server and other URLs. */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = url.substring(PREFIX.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (OTHER_KIND.matcher(name).matches()) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, split:, nio… (a Windows drive has one letter)
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    private static void copy(URL template, Path target) throws IOException {
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (InputStream in = new GZIPInputStream(template.openStream(), 64 * 1024)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The copy belongs to {@code sa} with an empty password, as the build made it; H2 refuses any
     * other credentials for it, so the template's user is renamed and given the configured
     * password (H2 compares user names in upper case).
     */
    private static void handOver(String url, String user, String password) throws SQLException {
        String name = user == null || user.isBlank() ? TEMPLATE_USER : user;
        String secret = password == null ? "" : password;
        boolean sameName = name.equalsIgnoreCase(TEMPLATE_USER);
        if (sameName && secret.isEmpty()) {
            return;
        }
        JdbcDataSource owner = new JdbcDataSource();
        owner.setURL(url);
        owner.setUser(TEMPLATE_USER);
        owner.setPassword("");
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            String quoted = quotedName(name);
            if (!sameName) {
                statement.execute("ALTER USER " + quotedName(TEMPLATE_USER) + " RENAME TO " + quoted);
            }
            statement.execute("ALTER USER " + quoted + " SET PASSWORD '" + secret.replace("'", "''") + "'");
        }
    }

    private static String quotedName(String user) {
        return '"' + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not remove " + file);
        }
    }
}
