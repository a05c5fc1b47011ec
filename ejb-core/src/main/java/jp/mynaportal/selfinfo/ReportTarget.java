package jp.mynaportal.selfinfo;

import java.time.LocalDate;
import jp.mynaportal.agency.AgencyInfo;

/** The record a resident is about to report: its 分野詳細 (with the attributes to choose), agency and period. */
public record ReportTarget(long recordId, ItemInfo item, AgencyInfo agency, LocalDate validFrom, LocalDate validTo) {}
