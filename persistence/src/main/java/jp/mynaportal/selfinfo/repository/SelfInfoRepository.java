package jp.mynaportal.selfinfo.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.selfinfo.model.ErrorReport;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;
import jp.mynaportal.selfinfo.model.InfoField;
import jp.mynaportal.selfinfo.model.InfoItem;
import jp.mynaportal.selfinfo.model.InfoRecord;

/** The catalogue, the record versions and the error reports of あなたの情報. */
public interface SelfInfoRepository {

    List<InfoField> findFields();

    List<InfoItem> findItems();

    /** The current versions of the resident's records in the items that were valid on the date. */
    List<InfoRecord> findValidOn(String residentId, Collection<String> itemCodes, LocalDate date);

    /** The current versions of all of the resident's records in one item, oldest period first. */
    List<InfoRecord> findCurrentOfItem(String residentId, String itemCode);

    /** Every version of an agency's record, oldest first. */
    List<InfoRecord> findVersions(String agencyCode, String agencyRecordId);

    /** The current versions of an agency's records with these ids. */
    List<InfoRecord> findCurrent(String agencyCode, Collection<String> agencyRecordIds);

    Optional<InfoRecord> findRecord(long id);

    void add(InfoRecord record);

    /** Writes what is pending now (so that a failing batch fails before it answers). */
    void flush();

    /**
     * Writes what is pending now, as {@link #flush()}, and then forgets every entity the
     * transaction has read or written (the commit has nothing left to compare): for a batch upload,
     * whose caller needs none of them afterwards.
     */
    void writeBatch();

    void add(ErrorReport report);

    Optional<ErrorReport> findReport(long id);

    List<ErrorReport> findReportsOfResident(String residentId);

    List<ErrorReport> findReportsOfAgency(String agencyCode, Collection<ErrorReportStatus> statuses, int limit);
}
