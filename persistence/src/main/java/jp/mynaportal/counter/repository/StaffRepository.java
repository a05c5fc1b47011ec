package jp.mynaportal.counter.repository;

import java.util.List;
import jp.mynaportal.counter.model.StaffAssignment;

/** Staff roles per municipality. */
public interface StaffRepository {

    List<StaffAssignment> findByResident(String residentId);

    void add(StaffAssignment assignment);
}
