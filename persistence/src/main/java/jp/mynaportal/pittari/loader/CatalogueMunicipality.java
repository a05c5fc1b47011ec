package jp.mynaportal.pittari.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A municipality or ward as the generator sees it. {@code decisionCode} is whose choices it
 * follows: its own code, or for a ward of a designated city the city's code, because the city
 * decides which procedures its ward offices take and whether online.
 */
public record CatalogueMunicipality(String lgCode, String name, String decisionCode, Size size) {

    /** How much of the catalogue a municipality tends to offer, larger ones more. */
    public enum Size {
        DESIGNATED_CITY(1.15),
        SPECIAL_WARD(1.1),
        CITY(1.0),
        TOWN(0.85),
        VILLAGE(0.7);

        private final double factor;

        Size(double factor) {
            this.factor = factor;
        }

        double factor() {
            return factor;
        }
    }

    public CatalogueMunicipality {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decisionCode, "decisionCode");
        Objects.requireNonNull(size, "size");
    }

    /** A row of the {@code municipality} table: kind is PREFECTURE, MUNICIPALITY or WARD. */
    public record Row(String lgCode, String kind, String name, String parentLgCode) {}

    /** The municipalities and wards of the table's rows (prefectures left out), in the rows' order. */
    public static List<CatalogueMunicipality> fromRows(List<Row> rows) {
        Set<String> designatedCities = new HashSet<>();
        for (Row row : rows) {
            if ("WARD".equals(row.kind()) && row.parentLgCode() != null) {
                designatedCities.add(row.parentLgCode());
            }
        }
        List<CatalogueMunicipality> municipalities = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (!"PREFECTURE".equals(row.kind())) {
                municipalities.add(of(
                        row.lgCode(),
                        row.name(),
                        "WARD".equals(row.kind()),
                        row.parentLgCode(),
                        designatedCities.contains(row.lgCode())));
            }
        }
        return municipalities;
    }

    /**
     * Classifies a row of the municipality table.
     *
     * @param ward whether it is a ward of a designated city
     * @param designatedCity whether it is a city that has wards
     */
    public static CatalogueMunicipality of(
            String lgCode, String name, boolean ward, String parentLgCode, boolean designatedCity) {
        if (ward) {
            return new CatalogueMunicipality(
                    lgCode, name, Objects.requireNonNull(parentLgCode, "parentLgCode"), Size.DESIGNATED_CITY);
        }
        Size size;
        if (designatedCity) {
            size = Size.DESIGNATED_CITY;
        } else if (name.endsWith("区")) {
            size = Size.SPECIAL_WARD;
        } else if (name.endsWith("市")) {
            size = Size.CITY;
        } else if (name.endsWith("村")) {
            size = Size.VILLAGE;
        } else {
            size = Size.TOWN;
        }
        return new CatalogueMunicipality(lgCode, name, lgCode, size);
    }
}
