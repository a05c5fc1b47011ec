package jp.mynaportal.pittari.loader;

/**
 * Flyway migration {@code V231}: gives the national templates their English 対象者, 必要書類, 提出先
 * (the department) and 手数料 from the vendored file (see {@link EnglishCatalogue}) into the columns
 * V230 added, and refreshes their English names, 概要 and field labels from the same file.
 */
public class PittariEnglishDetailsMigration extends PittariEnglishTextsMigration {

    public PittariEnglishDetailsMigration() {
        super("231", "load pittari english details", 20261203, true);
    }
}
