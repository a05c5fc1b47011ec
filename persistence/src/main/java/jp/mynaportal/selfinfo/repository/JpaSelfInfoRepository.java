package jp.mynaportal.selfinfo.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.platform.model.UtcInstantConverter;
import jp.mynaportal.selfinfo.model.ErrorReport;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;
import jp.mynaportal.selfinfo.model.InfoField;
import jp.mynaportal.selfinfo.model.InfoItem;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.model.RecordValue;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;

/** {@link SelfInfoRepository} over JPA. */
@ApplicationScoped
public class JpaSelfInfoRepository implements SelfInfoRepository {

    private static final String INSERT_RECORD = "INSERT INTO selfinfo_record (id, resident_id, item_code,"
            + " agency_code, agency_record_id, version, valid_from, valid_to, recorded_at, superseded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)";
    private static final String INSERT_VALUE = "INSERT INTO selfinfo_value (record_id, attribute, text_value,"
            + " integer_value, decimal_value, date_value, boolean_value) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** The most ids in one IN list. */
    private static final int CHUNK = 500;

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
        List<String> ids = List.copyOf(agencyRecordIds);
        List<InfoRecord> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(em.createNamedQuery(InfoRecord.FIND_CURRENT_BY_AGENCY_IDS, InfoRecord.class)
                    .setParameter("agencyCode", agencyCode)
                    .setParameter("recordIds", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList());
        }
        return found;
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
    public void addAll(List<InfoRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        // ids from the entity's own sequence and pre-allocation, as persist would take them
        Session session = em.unwrap(JpaEntityManager.class).getActiveSession();
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insertRecord = connection.prepareStatement(INSERT_RECORD);
                PreparedStatement insertValue = connection.prepareStatement(INSERT_VALUE)) {
            for (InfoRecord record : records) {
                long id = ((Number) session.getNextSequenceNumberValue(InfoRecord.class)).longValue();
                insertRecord.setLong(1, id);
                insertRecord.setString(2, record.getResidentId());
                insertRecord.setString(3, record.getItemCode());
                insertRecord.setString(4, record.getAgencyCode());
                insertRecord.setString(5, record.getAgencyRecordId());
                insertRecord.setInt(6, record.getVersion());
                insertRecord.setObject(7, record.getValidFrom());
                insertRecord.setObject(8, record.getValidTo(), Types.DATE);
                insertRecord.setObject(9, new UtcInstantConverter().convertToDatabaseColumn(record.getRecordedAt()));
                insertRecord.addBatch();
                for (RecordValue value : record.getValues()) {
                    Object v = value.getValue();
                    insertValue.setLong(1, id);
                    insertValue.setString(2, value.getAttribute());
                    insertValue.setObject(3, v instanceof String ? v : null, Types.VARCHAR);
                    insertValue.setObject(4, v instanceof Long ? v : null, Types.BIGINT);
                    insertValue.setObject(5, v instanceof BigDecimal ? v : null, Types.NUMERIC);
                    insertValue.setObject(6, v instanceof LocalDate ? v : null, Types.DATE);
                    insertValue.setObject(7, v instanceof Boolean ? v : null, Types.BOOLEAN);
                    insertValue.addBatch();
                }
            }
            insertRecord.executeBatch();
            insertValue.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("The record versions could not be written", e);
        }
    }

    @Override
    public void flush() {
        em.flush();
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
