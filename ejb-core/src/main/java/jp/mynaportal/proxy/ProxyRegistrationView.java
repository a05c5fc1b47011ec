package jp.mynaportal.proxy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mynaportal.access.ProxyScope;

/**
 * A 代理人 registration as the list shows it to either side.
 *
 * @param id the registration
 * @param asResident whether the viewer is the resident (otherwise the 代理人)
 * @param residentId the resident, for 代理人として利用する
 * @param residentName the resident's name
 * @param proxyName the 代理人's name
 * @param fields the granted あなたの情報 分野 codes
 * @param state PENDING, ACTIVE, REVOKED, EXPIRED, STOPPED or REPLACED
 * @param usableNow whether the 代理人 may act now (active and today in the period)
 */
public record ProxyRegistrationView(
        long id,
        boolean asResident,
        String residentId,
        String residentName,
        String proxyName,
        Set<ProxyScope> scopes,
        List<String> fields,
        LocalDate from,
        LocalDate to,
        String state,
        boolean usableNow,
        Instant endedAt)
        implements Serializable {

    public ProxyRegistrationView {
        scopes = Set.copyOf(scopes);
        fields = List.copyOf(fields);
    }

    /** The grant it holds, as a change starts from. */
    public ProxyGrant grant() {
        return new ProxyGrant(scopes, Set.copyOf(fields), from, to);
    }
}
