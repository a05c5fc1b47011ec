package jp.mynaportal.counter.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.mynaportal.auth.StaffMemberships;
import jp.mynaportal.counter.model.StaffAssignment;
import jp.mynaportal.counter.repository.StaffRepository;

/** Login's staff memberships from the counter's staff assignments, in the caller's transaction. */
@ApplicationScoped
public class AssignedStaffMemberships implements StaffMemberships {

    @Inject
    private StaffRepository staff;

    @Override
    public List<String> municipalitiesOf(String residentId) {
        return staff.findByResident(residentId).stream()
                .map(StaffAssignment::getLgCode)
                .distinct()
                .toList();
    }
}
