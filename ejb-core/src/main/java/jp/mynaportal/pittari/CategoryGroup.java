package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.pittari.model.ProcedureCategory;

/** One category of 一覧から検索 with the municipality's procedures in it. */
public record CategoryGroup(ProcedureCategory category, List<ProcedureSummary> procedures) implements Serializable {

    public CategoryGroup {
        Objects.requireNonNull(category, "category");
        procedures = List.copyOf(procedures);
    }
}
