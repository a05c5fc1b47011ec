package jp.mynaportal.proxy.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;

/** Stores 代理人 registrations. */
public interface ProxyRepository {

    void add(ProxyRegistration registration);

    Optional<ProxyRegistration> find(long id);

    /** The registration locked for a change (a confirmation, a revocation, an end). */
    Optional<ProxyRegistration> lock(long id);

    /** The person's registrations in the states, as resident or as 代理人, newest period first. */
    List<ProxyRegistration> findByPerson(String personId, Collection<ProxyState> states);

    /** The active registrations of the 代理人 for the resident. */
    List<ProxyRegistration> findLive(String proxyId, String residentId);

    List<ProxyRegistration> findByState(ProxyState state);

    /** Pending registrations whose time to be confirmed is over. */
    List<ProxyRegistration> findStalePending(Instant now);

    void remove(ProxyRegistration registration);

    /**
     * The reference of the person's newest authentication certificate in the resident registry
     * (a reissued card registers a newer one), empty when none is registered.
     */
    Optional<String> newestCertificateRef(String residentId);

    /** The person's registered name. */
    Optional<String> personName(String residentId);
}
