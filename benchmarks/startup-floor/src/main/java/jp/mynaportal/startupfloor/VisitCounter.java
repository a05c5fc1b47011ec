package jp.mynaportal.startupfloor;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page's bean: records the visit and says how many there were. */
@Named
@RequestScoped
public class VisitCounter {

    @EJB
    private Visits visits;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = visits.record();
        }
        return count;
    }
}
