package jp.mynaportal.municipality.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import jp.mynaportal.municipality.model.MunicipalityKind;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V2}: copies {@code referencedata/municipalities.csv} and
 * {@code referencedata/postal-codes.csv.gz} into their tables with JDBC batches. Flyway records
 * it as applied, so it runs once per database.
 */
public class ReferenceDataMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(ReferenceDataMigration.class.getName());
    private static final String MUNICIPALITIES = "/referencedata/municipalities.csv";
    private static final String POSTAL_CODES = "/referencedata/postal-codes.csv.gz";
    private static final int BATCH = 2_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "load reference data";
    }

    @Override
    public Integer getChecksum() {
        return 20261128;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        int municipalities = loadMunicipalities(connection);
        int postalAreas = loadPostalAreas(connection);
        LOG.info(
                () -> "Reference data loaded: " + municipalities + " municipalities, " + postalAreas + " postal areas");
    }

    private int loadMunicipalities(Connection connection) throws SQLException, IOException {
        String sql = "INSERT INTO municipality (lg_code, code5, kind, prefecture, name, kana, parent_lg_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (BufferedReader reader = open(MUNICIPALITIES, false);
                PreparedStatement insert = connection.prepareStatement(sql)) {
            CsvBatch batch = new CsvBatch(insert);
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                insert.setString(1, f[0]);
                insert.setString(2, f[1]);
                insert.setString(3, MunicipalityKind.fromCsv(f[2]).name());
                insert.setString(4, f[3]);
                insert.setString(5, f[4]);
                insert.setString(6, f[5]);
                insert.setString(7, f[6].isEmpty() ? null : f[6]);
                batch.add();
            }
            return batch.finish();
        }
    }

    private int loadPostalAreas(Connection connection) throws SQLException, IOException {
        String sql = "INSERT INTO postal_area (id, postal_code, municipality_code5, town) VALUES (?, ?, ?, ?)";
        try (BufferedReader reader = open(POSTAL_CODES, true);
                PreparedStatement insert = connection.prepareStatement(sql)) {
            CsvBatch batch = new CsvBatch(insert);
            reader.readLine(); // header
            long id = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                insert.setLong(1, ++id);
                insert.setString(2, f[0]);
                insert.setString(3, f[1]);
                insert.setString(4, f[4]);
                batch.add();
            }
            return batch.finish();
        }
    }

    private static BufferedReader open(String resource, boolean gzipped) throws IOException {
        InputStream in = ReferenceDataMigration.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing reference data " + resource));
        }
        InputStream data = gzipped ? new GZIPInputStream(in, 64 * 1024) : in;
        return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Sends a prepared statement's rows in batches and counts them. */
    private static final class CsvBatch {
        private final PreparedStatement statement;
        private int pending;
        private int total;

        CsvBatch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            total++;
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        int finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
            }
            return total;
        }
    }
}
