package jp.mynaportal.agency;

import java.util.List;
import java.util.Optional;

/** The registered agencies. */
public interface AgencyDirectory {

    /** Every registered agency, by code. */
    List<AgencyInfo> all();

    /** The agency with this code. */
    Optional<AgencyInfo> find(String code);

    /** The agency that is the caller of this request (an agency API call). */
    AgencyInfo caller();
}
