package jp.mynaportal.selfinfo;

import java.util.List;
import jp.mynaportal.agency.AgencyInfo;

/**
 * The records of one 分野詳細 held by one agency, valid on the 確認対象日; for a 分野詳細 with a
 * chart, the series of its amount over every period the agency recorded.
 */
public record ItemAnswer(ItemInfo item, AgencyInfo agency, List<RecordView> records, List<SeriesPoint> series) {

    public ItemAnswer {
        records = List.copyOf(records);
        series = List.copyOf(series);
    }
}
