package jp.mynaportal.auth.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.LoginIdentity;

/**
 * Single-use login tickets: 32 random bytes naming a resident, redeemed once within {@link
 * AuthenticationService#TICKET_LIFETIME}. A ticket is issued and redeemed in the same request on the
 * same node, so this node's memory holds them; nothing else can make one.
 */
@ApplicationScoped
public class LoginTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Issued> tickets = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    private record Issued(
            String residentId, String actingFor, String certificate, LoginIdentity opened, Instant expiresAt) {}

    /**
     * What a ticket names: the resident, the resident a 代理人 acts for (or null), and the login
     * certificate (base64 DER) or null; and the identity of the session the login opened already
     * (in its own transaction, see {@link #issueOpened}), or null.
     */
    public record Holder(String residentId, String actingFor, String certificate, LoginIdentity opened) {}

    /** A new ticket for a resident, naming no login certificate (a renewal). */
    public String issue(String residentId) {
        return issue(residentId, null);
    }

    /** A new ticket for a 代理人 who chose to act for a resident. */
    public String issueActingFor(String residentId, String actingFor) {
        return issue(residentId, actingFor, null);
    }

    /** A new ticket for a resident whose login with a certificate (base64 DER) just succeeded. */
    public String issue(String residentId, String certificate) {
        return issue(residentId, null, certificate, null);
    }

    /**
     * A new ticket for a login that opened its session already: the identity, with its session
     * token, is what redeeming the ticket answers.
     */
    public String issueOpened(LoginIdentity opened) {
        return issue(opened.residentId(), null, opened.certificate(), opened);
    }

    private String issue(String residentId, String actingFor, String certificate) {
        return issue(residentId, actingFor, certificate, null);
    }

    private String issue(String residentId, String actingFor, String certificate, LoginIdentity opened) {
        Instant now = clock.instant();
        tickets.values().removeIf(t -> !now.isBefore(t.expiresAt()));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tickets.put(
                ticket,
                new Issued(
                        residentId, actingFor, certificate, opened, now.plus(AuthenticationService.TICKET_LIFETIME)));
        return ticket;
    }

    /** The holder of an unexpired ticket, which is used up; empty for any other ticket. */
    public Optional<Holder> redeem(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        Issued issued = tickets.remove(ticket);
        return issued == null || !clock.instant().isBefore(issued.expiresAt())
                ? Optional.empty()
                : Optional.of(
                        new Holder(issued.residentId(), issued.actingFor(), issued.certificate(), issued.opened()));
    }
}
