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

    /**
     * The current versions of an agency's records with these ids, read with their values in one
     * query per 500 ids and not managed: marking one superseded writes nothing until {@link
     * #writeVersions} is given it.
     */
    List<InfoRecord> findCurrent(String agencyCode, Collection<String> agencyRecordIds);

    Optional<InfoRecord> findRecord(long id);

    void add(InfoRecord record);

    /** Writes what is pending now (so that a failing batch fails before it answers). */
    void flush();

    /**
     * Writes a batch of new versions (new records and corrections) with their values, and the
     * superseded marks of the versions the corrections replace (as {@link #findCurrent} read them
     * and {@link InfoRecord#correctedBy} marked them), in the caller's transaction with plain JDBC
     * batches rather than the unit of work; then forgets every entity the transaction has read (the
     * commit has nothing left to compare). Fails if another transaction superseded one of them first.
     */
    void writeVersions(List<InfoRecord> versions, List<InfoRecord> superseded);

    void add(ErrorReport report);

    Optional<ErrorReport> findReport(long id);

    List<ErrorReport> findReportsOfResident(String residentId);

    List<ErrorReport> findReportsOfAgency(String agencyCode, Collection<ErrorReportStatus> statuses, int limit);
}
