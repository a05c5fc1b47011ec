package jp.mynaportal.auth.repository;

import java.time.Instant;
import java.util.Optional;
import jp.mynaportal.auth.model.PhoneLoginRequest;

/** Storage of スマートフォンでログイン requests; each transition succeeds for exactly one caller. */
public interface PhoneLoginRepository {

    void add(PhoneLoginRequest request);

    /** The request as stored now (not as an earlier read in this transaction saw it). */
    Optional<PhoneLoginRequest> find(String requestId);

    /**
     * WAITING → CONFIRMED for a resident, with the login certificate (base64 DER, or null) the phone
     * confirmed with; whether this call made the change.
     */
    boolean confirm(String requestId, String residentId, String certificate, Instant at);

    /** CONFIRMED → COLLECTED by the browser session that showed it; whether this call made the change. */
    boolean collect(String requestId, String browserSession);

    /** Every waiting or confirmed request of a browser session → ENDED; returns how many. */
    int endSession(String browserSession);

    /** Removes the requests that expired before a moment; returns how many. */
    int deleteExpired(Instant before);
}
