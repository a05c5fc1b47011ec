package jp.mynaportal.counter.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mynaportal.counter.model.StaffAssignment;

/** {@link StaffRepository} over JPA. */
@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

    @PersistenceContext(unitName = "mynaportal")
    private EntityManager em;

    @Override
    public List<StaffAssignment> findByResident(String residentId) {
        return em.createNamedQuery(StaffAssignment.FIND_BY_RESIDENT, StaffAssignment.class)
                .setParameter("residentId", residentId)
                .getResultList();
    }

    @Override
    public void add(StaffAssignment assignment) {
        em.persist(assignment);
    }
}
