package jp.mynaportal.pittari.loader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.logging.Logger;
import jp.mynaportal.pittari.model.EnglishText;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration {@code V59}: gives the national templates their English texts from the vendored
 * files (see {@link EnglishCatalogue}) into the columns V58 added: names, 概要 and field labels.
 * {@link PittariEnglishDetailsMigration} loads the same file again with the details.
 */
public class PittariEnglishTextsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(PittariEnglishTextsMigration.class.getName());

    private final String version;
    private final String description;
    private final int checksum;
    private final boolean details;

    public PittariEnglishTextsMigration() {
        this("59", "load pittari english texts", 20261202, false);
    }

    /** A later load of the same texts; with {@code details} also 対象者, 必要書類, 提出先 and 手数料. */
    protected PittariEnglishTextsMigration(String version, String description, int checksum, boolean details) {
        this.version = version;
        this.description = description;
        this.checksum = checksum;
        this.details = details;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, EnglishText> english = EnglishCatalogue.load(TemplateCatalogue.load());
        String sql = "UPDATE pittari_template SET name_en = ?, summary_en = ?, field_labels_en = ?"
                + (details ? ", eligibility_en = ?, documents_en = ?, submit_to_en = ?, fee_en = ?" : "")
                + " WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Map.Entry<String, EnglishText> entry : english.entrySet()) {
                EnglishText text = entry.getValue();
                int column = 1;
                update.setString(column++, text.name());
                update.setString(column++, text.summary());
                update.setString(column++, EnglishText.formatLabels(text.fieldLabels()));
                if (details) {
                    update.setString(column++, text.eligibility());
                    update.setString(column++, text.documents());
                    update.setString(column++, text.submitTo());
                    update.setString(column++, text.fee());
                }
                update.setString(column, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        LOG.info(() ->
                "Pittari English " + (details ? "details" : "texts") + " loaded for " + english.size() + " templates");
    }
}
