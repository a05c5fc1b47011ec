package jp.mynaportal.proxy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import jp.mynaportal.access.ProxyScope;

/**
 * What a resident grants a 代理人: the services, for あなたの情報 the 分野 codes, and the period (both
 * days included, in Japan's calendar).
 */
public record ProxyGrant(Set<ProxyScope> scopes, Set<String> fields, LocalDate from, LocalDate to)
        implements Serializable {

    public ProxyGrant {
        scopes = scopes == null || scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        fields = fields == null ? Set.of() : Set.copyOf(new TreeSet<>(fields));
        if (!scopes.contains(ProxyScope.SELF_INFORMATION)) {
            fields = Set.of();
        }
    }

    /** Whether this grant gives nothing that {@code other} does not (services, 分野, period). */
    public boolean within(ProxyGrant other) {
        return other.scopes.containsAll(scopes)
                && other.fields.containsAll(fields)
                && !from.isBefore(other.from)
                && !to.isAfter(other.to);
    }

    /** Whether the day lies in the period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
