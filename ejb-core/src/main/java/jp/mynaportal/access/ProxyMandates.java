package jp.mynaportal.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The 代理人 registrations as the access policy asks them, on every call: the policy names no
 * function, the 代理人 function ({@code proxy}) answers from its registrations, so that a revocation,
 * an expiry, a shortened period or a reissued or revoked card takes effect on the next request.
 */
public interface ProxyMandates {

    /**
     * Whether a live registration lets the 代理人 use the scope for the resident at the instant.
     *
     * @param field the あなたの情報 分野 the call reaches, or null where none does
     */
    boolean grants(String proxyId, String residentId, ProxyScope scope, String field, Instant at);

    /**
     * The resident of the 代理人's registration when it is live and lets them act now; empty for a
     * registration of someone else's, ended, or outside its period (「代理人として利用する」 names the
     * registration, never a resident).
     */
    Optional<String> residentOf(String proxyId, long registrationId, Instant at);

    /**
     * The resident's name and the granted services when a live registration lets the 代理人 act for
     * them now; empty otherwise. For what the pages offer: each call is still decided by {@link
     * #grants}.
     */
    Optional<Mandate> actsFor(String proxyId, String residentId, Instant at);

    /** What a live registration lets a 代理人 do for a resident now. */
    record Mandate(String residentName, Set<ProxyScope> scopes) {

        public Mandate {
            scopes = Set.copyOf(scopes);
        }
    }

    /**
     * Whether the resident has (or had) a registration of this 代理人 (as its resident, not as
     * someone's 代理人): the resident may then tell the 代理人 about it (お知らせ, 利用履歴) in {@link
     * PortalService#PROXY_NOTIFICATIONS}.
     */
    boolean registeredBetween(String residentId, String proxyId);
}
