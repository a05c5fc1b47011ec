package jp.mynaportal.selfinfo.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.selfinfo.model.ErrorReport;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;
import jp.mynaportal.selfinfo.model.InfoField;
import jp.mynaportal.selfinfo.model.InfoItem;
import jp.mynaportal.selfinfo.model.InfoRecord;

/** {@link SelfInfoRepository} over JPA. */
@ApplicationScoped
public class JpaSelfInfoRepository implements SelfInfoRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public List<InfoField> findFields() {
        return em.createNamedQuery(InfoField.FIND_ALL, InfoField.class).getResultList();
    }

    @Override
    public List<InfoItem> findItems() {
        return em.createNamedQuery(InfoItem.FIND_ALL, InfoItem.class).getResultList();
    }

    @Override
    public List<InfoRecord> findValidOn(String residentId, Collection<String> itemCodes, LocalDate date) {
        if (itemCodes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(InfoRecord.FIND_VALID_ON, InfoRecord.class)
                .setParameter("residentId", residentId)
                .setParameter("items", itemCodes)
                .setParameter("date", date)
                .getResultList();
    }

    @Override
    public List<InfoRecord> findCurrentOfItem(String residentId, String itemCode) {
        return em.createNamedQuery(InfoRecord.FIND_CURRENT_OF_ITEM, InfoRecord.class)
                .setParameter("residentId", residentId)
                .setParameter("item", itemCode)
                .getResultList();
    }

    @Override
    public List<InfoRecord> findVersions(String agencyCode, String agencyRecordId) {
        return em.createNamedQuery(InfoRecord.FIND_VERSIONS, InfoRecord.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("recordId", agencyRecordId)
                .getResultList();
    }

    @Override
    public List<InfoRecord> findCurrent(String agencyCode, Collection<String> agencyRecordIds) {
        try {
            return jdbc().current(agencyCode, agencyRecordIds);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the current record versions failed", e);
        }
    }

    @Override
    public Optional<InfoRecord> findRecord(long id) {
        return Optional.ofNullable(em.find(InfoRecord.class, id));
    }

    @Override
    public void add(InfoRecord record) {
        em.persist(record);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void writeVersions(List<InfoRecord> versions, List<InfoRecord> superseded) {
        // whatever the unit of work holds goes first (a value's record must exist before it)
        em.flush();
        try {
            jdbc().write(versions, superseded);
        } catch (SQLException e) {
            throw new PersistenceException("Writing the record versions failed", e);
        }
        // the commit has no managed objects of the batch (link codes) left to compare
        em.clear();
    }

    /** The JDBC statements of the batch upload on the connection of this transaction. */
    private RecordVersionsJdbc jdbc() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("The batch upload runs in a transaction");
        }
        return new RecordVersionsJdbc(connection);
    }

    @Override
    public void add(ErrorReport report) {
        em.persist(report);
    }

    @Override
    public Optional<ErrorReport> findReport(long id) {
        return Optional.ofNullable(em.find(ErrorReport.class, id));
    }

    @Override
    public List<ErrorReport> findReportsOfResident(String residentId) {
        return em.createNamedQuery(ErrorReport.FIND_BY_RESIDENT, ErrorReport.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public List<ErrorReport> findReportsOfAgency(String agencyCode, Collection<ErrorReportStatus> statuses, int limit) {
        return em.createNamedQuery(ErrorReport.FIND_BY_AGENCY, ErrorReport.class)
                .setParameter("agencyCode", agencyCode)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }
}
