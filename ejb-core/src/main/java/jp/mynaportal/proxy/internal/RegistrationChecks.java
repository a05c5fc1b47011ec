package jp.mynaportal.proxy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;
import jp.mynaportal.proxy.repository.ProxyRepository;

/**
 * Whether an active registration still stands: both cards' certificates are still their holders'
 * newest in the resident registry (a reissued card registers a newer one) and still good (not
 * revoked, not expired); and whether its period covers a day in Japan's calendar.
 */
@ApplicationScoped
public class RegistrationChecks {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** Why a registration stopped standing, as it is recorded. */
    static final String CARD_REISSUED = "CARD_REISSUED";

    static final String CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED";

    @Inject
    private ProxyRepository repository;

    @Inject
    private ProxyTrust trust;

    static LocalDate today(Instant at) {
        return at.atZone(JAPAN).toLocalDate();
    }

    /** Why an active registration no longer stands, or empty while it does. */
    Optional<String> stopReason(ProxyRegistration registration, Instant at) {
        if (!newest(registration.getResidentId(), registration.getResidentCertRef())
                || !newest(registration.getProxyId(), registration.getProxyCertRef())) {
            return Optional.of(CARD_REISSUED);
        }
        if (!trust.good(registration.getResidentCertificate(), at)
                || !trust.good(registration.getProxyCertificate(), at)) {
            return Optional.of(CERTIFICATE_REVOKED);
        }
        return Optional.empty();
    }

    /** Whether the 代理人 may act within the registration at the instant. */
    boolean usable(ProxyRegistration registration, Instant at) {
        LocalDate today = today(at);
        return registration.getState() == ProxyState.ACTIVE
                && !today.isBefore(registration.getValidFrom())
                && !today.isAfter(registration.getValidTo())
                && stopReason(registration, at).isEmpty();
    }

    private boolean newest(String residentId, String certificateRef) {
        return residentId != null
                && certificateRef != null
                && repository
                        .newestCertificateRef(residentId)
                        .filter(certificateRef::equals)
                        .isPresent();
    }
}
