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
 * Flyway migration {@code V231}: gives the national templates their English 対象者, 必要書類, 提出先
 * and 手数料 from the vendored file (see {@link EnglishCatalogue}) into the columns V230 added, and
 * refreshes their English names, 概要 and field labels from the same file.
 */
public class PittariEnglishDetailsMigration implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(PittariEnglishDetailsMigration.class.getName());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("231");
    }

    @Override
    public String getDescription() {
        return "load pittari english details";
    }

    @Override
    public Integer getChecksum() {
        return 20261203;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, EnglishText> english = EnglishCatalogue.load(TemplateCatalogue.load());
        String sql = "UPDATE pittari_template SET name_en = ?, summary_en = ?, field_labels_en = ?,"
                + " eligibility_en = ?, documents_en = ?, submit_to_en = ?, fee_en = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Map.Entry<String, EnglishText> entry : english.entrySet()) {
                EnglishText text = entry.getValue();
                update.setString(1, text.name());
                update.setString(2, text.summary());
                update.setString(3, EnglishText.formatLabels(text.fieldLabels()));
                update.setString(4, text.eligibility());
                update.setString(5, text.documents());
                update.setString(6, text.submitTo());
                update.setString(7, text.fee());
                update.setString(8, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
        LOG.info(() -> "Pittari English details loaded for " + english.size() + " templates");
    }
}
