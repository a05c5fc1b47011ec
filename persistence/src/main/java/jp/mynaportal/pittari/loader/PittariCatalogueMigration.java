package jp.mynaportal.pittari.loader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.pittari.model.ProcedureText;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V11}: loads the vendored procedure templates and gives every
 * municipality and ward its procedures (see {@link OfferingRule}) with JDBC batches. The rows get
 * ids 1..n in the order of local-government code and template, so that a procedure's page has the
 * same address on every database built from the same files.
 */
public class PittariCatalogueMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(PittariCatalogueMigration.class.getName());
    private static final int BATCH = 5_000;
    static final String LOADER = "catalogue-loader";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "load pittari procedure catalogue";
    }

    @Override
    public Integer getChecksum() {
        return 20261201;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long started = System.nanoTime();
        Connection connection = context.getConnection();
        List<TemplateDefinition> templates = TemplateCatalogue.load();
        Timestamp now = Timestamp.from(Instant.now());
        insertTemplates(connection, templates, now);
        Map<String, TemplateDefinition> byId = new HashMap<>();
        templates.forEach(t -> byId.put(t.id(), t));
        long procedures = insertProcedures(connection, municipalities(connection), templates, byId, now);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Pittari catalogue loaded: " + templates.size() + " templates, " + procedures
                + " municipality procedures in " + millis + " ms");
    }

    /** The municipalities and wards of the municipality table (no prefectures), in code order. */
    static List<CatalogueMunicipality> municipalities(Connection connection) throws SQLException {
        List<CatalogueMunicipality.Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT lg_code, kind, name, parent_lg_code FROM municipality" + " ORDER BY lg_code")) {
            while (rs.next()) {
                String parent = rs.getString(4);
                rows.add(new CatalogueMunicipality.Row(
                        rs.getString(1).trim(),
                        rs.getString(2),
                        rs.getString(3),
                        parent == null ? null : parent.trim()));
            }
        }
        return CatalogueMunicipality.fromRows(rows);
    }

    private static void insertTemplates(Connection connection, List<TemplateDefinition> templates, Timestamp now)
            throws SQLException {
        String sql = "INSERT INTO pittari_template (id, category_code, name, reading, summary, eligibility,"
                + " required_documents, submit_to, fee, online_possible, signature_required, typical_fields,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (TemplateDefinition template : templates) {
                ProcedureText text = template.text();
                insert.setString(1, template.id());
                insert.setString(2, template.category().name());
                insert.setString(3, text.name());
                insert.setString(4, text.reading());
                insert.setString(5, text.summary());
                insert.setString(6, text.eligibility());
                insert.setString(7, text.requiredDocuments());
                insert.setString(8, text.submitTo());
                insert.setString(9, text.fee());
                insert.setBoolean(10, template.onlinePossible());
                insert.setBoolean(11, template.signature() != SignatureRule.NOT_REQUIRED);
                insert.setString(12, FormField.formatAll(text.typicalFields()));
                insert.setTimestamp(13, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long insertProcedures(
            Connection connection,
            List<CatalogueMunicipality> municipalities,
            List<TemplateDefinition> templates,
            Map<String, TemplateDefinition> byId,
            Timestamp now)
            throws SQLException {
        String sql = "INSERT INTO pittari_procedure (id, lg_code, template_id, origin, category_code,"
                + " online_available, signature_required, status, published_at, updated_at, updated_by, version)"
                + " VALUES (?, ?, ?, 'TEMPLATE', ?, ?, ?, 'PUBLISHED', ?, ?, '" + LOADER + "', 0)";
        long id = 0;
        int pending = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (CatalogueMunicipality municipality : municipalities) {
                for (Offering offering : OfferingRule.offerings(municipality, templates)) {
                    insert.setLong(1, ++id);
                    insert.setString(2, offering.lgCode());
                    insert.setString(3, offering.templateId());
                    insert.setString(
                            4, byId.get(offering.templateId()).category().name());
                    insert.setBoolean(5, offering.online());
                    insert.setBoolean(6, offering.signatureRequired());
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return id;
    }
}
