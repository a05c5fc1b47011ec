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
 * files (see {@link EnglishCatalogue}) into the columns V58 added.
 */
public class PittariEnglishTextsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(PittariEnglishTextsMigration.class.getName());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("59");
    }

    @Override
    public String getDescription() {
        return "load pittari english texts";
    }

    @Override
    public Integer getChecksum() {
        return 20261202;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, EnglishText> english = EnglishCatalogue.load(TemplateCatalogue.load());
        String sql = "UPDATE pittari_template SET name_en = ?, summary_en = ?, field_labels_en = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Map.Entry<String, EnglishText> entry : english.entrySet()) {
                update.setString(1, entry.getValue().name());
                update.setString(2, entry.getValue().summary());
                update.setString(3, EnglishText.formatLabels(entry.getValue().fieldLabels()));
                update.setString(4, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        LOG.info(() -> "Pittari English texts loaded for " + english.size() + " templates");
    }
}
