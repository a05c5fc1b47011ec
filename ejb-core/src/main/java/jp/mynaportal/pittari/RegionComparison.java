package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.pittari.model.ProcedureCategory;

/**
 * 地域比較: the compared municipalities (in the order chosen) and, per procedure any of them has, one
 * cell per municipality in the same order saying whether it exists there and whether online.
 */
public record RegionComparison(List<MunicipalityInfo> municipalities, List<Row> rows) implements Serializable {

    /** One procedure across the municipalities; {@code key} is the template id or {@code local-<id>}. */
    public record Row(String key, ProcedureCategory category, String name, List<Cell> cells) implements Serializable {

        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
            cells = List.copyOf(cells);
        }
    }

    /** A procedure in one municipality: its page id when it exists there, else {@code null}. */
    public record Cell(Long procedureId, boolean online) implements Serializable {

        public boolean exists() {
            return procedureId != null;
        }
    }

    public RegionComparison {
        municipalities = List.copyOf(municipalities);
        rows = List.copyOf(rows);
    }
}
