package jp.mynaportal.auth.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import jp.mynaportal.auth.model.LoginSession;
import jp.mynaportal.auth.repository.LoginSessionRepository;

/**
 * The sessions logins opened: each gets a random token (32 bytes) that only the session holds, and
 * the database keeps its SHA-256 with the resident, so that the end of a session is recorded for
 * the resident the login named, whichever node ends it. Rows are removed a week after they opened,
 * long past any absolute timeout.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LoginSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration KEPT = Duration.ofDays(7);

    /** Rows a week old are deleted at most once a minute, not with every login. */
    private final PeriodicSweep outdated = new PeriodicSweep(Duration.ofMinutes(1));

    @Inject
    private LoginSessionRepository sessions;

    /** Opens a session for a resident whose login ticket was just redeemed; answers its token. */
    public String open(String residentId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        if (outdated.due(now)) {
            sessions.deleteOpenedBefore(now.minus(KEPT));
        }
        sessions.add(new LoginSession(hash(token), residentId, now));
        return token;
    }

    /**
     * Ends the session of a token, once: answers the resident whose session it was, or nothing when
     * the token names no session or the session had ended already.
     */
    public Optional<String> end(String token, String reason) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        return sessions.find(hash)
                .filter(s -> s.getEndedAt() == null)
                .filter(s -> sessions.end(hash, reason, Instant.now()))
                .map(LoginSession::getResidentId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
