package jp.mynaportal.agency.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.model.AgencyCertificate;
import jp.mynaportal.agency.model.AgencyLink;
import jp.mynaportal.agency.model.AgencyRequestId;

/** The agency registry: agencies, their signing certificates, used request ids and link codes. */
public interface AgencyRepository {

    Optional<Agency> find(String code);

    List<Agency> findAll();

    void add(Agency agency);

    Optional<AgencyCertificate> findCertificate(String thumbprint);

    List<AgencyCertificate> findCertificates(String agencyCode);

    void addCertificate(AgencyCertificate certificate);

    /** Whether the agency's request id is still remembered. */
    boolean requestIdUsed(String agencyCode, String jti);

    /** Remembers a request id, written at once so that a second use by another node fails. */
    void addRequestId(AgencyRequestId requestId);

    /** Forgets the request ids whose signatures expired before the instant; how many. */
    int purgeRequestIds(Instant expiredBefore);

    Optional<AgencyLink> findLink(String agencyCode, String linkCode);

    /**
     * The residents the agency's link codes name, by link code (any number of codes; unknown ones
     * are left out): two columns per code, no entities to build or to compare at the commit.
     */
    Map<String, String> findResidentsByLinkCode(String agencyCode, Collection<String> linkCodes);

    Optional<AgencyLink> findLinkOfResident(String agencyCode, String residentId);

    void addLink(AgencyLink link);
}
