package jp.mynaportal.pittari.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The vendored municipality list read straight from its CSV, for tests that need no database. */
final class NationalCatalogue {

    private NationalCatalogue() {}

    static List<CatalogueMunicipality> municipalities() {
        List<CatalogueMunicipality.Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                NationalCatalogue.class.getResourceAsStream("/referencedata/municipalities.csv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                rows.add(new CatalogueMunicipality.Row(
                        f[0], f[2].toUpperCase(java.util.Locale.ROOT), f[4], f[6].isEmpty() ? null : f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CatalogueMunicipality.fromRows(rows);
    }

    static List<Offering> offerings() {
        List<TemplateDefinition> templates = TemplateCatalogue.load();
        List<Offering> all = new ArrayList<>();
        for (CatalogueMunicipality municipality : municipalities()) {
            all.addAll(OfferingRule.offerings(municipality, templates));
        }
        return all;
    }
}
