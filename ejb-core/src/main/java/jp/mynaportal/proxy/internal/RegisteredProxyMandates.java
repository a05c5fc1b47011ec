package jp.mynaportal.proxy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.access.ProxyMandates;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;
import jp.mynaportal.proxy.repository.ProxyRepository;

/**
 * The access policy's view of the 代理人 registrations, read from the database on every call (in the
 * caller's transaction where there is one), so that a change takes effect on the next request.
 */
@ApplicationScoped
public class RegisteredProxyMandates implements ProxyMandates {

    @Inject
    private ProxyRepository repository;

    @Inject
    private RegistrationChecks checks;

    @Override
    public boolean grants(String proxyId, String residentId, ProxyScope scope, String field, Instant at) {
        if (proxyId == null || residentId == null || scope == null) {
            return false;
        }
        return repository.findLive(proxyId, residentId).stream()
                .filter(r -> r.getScopes().contains(scope.name()))
                .filter(r -> scope != ProxyScope.SELF_INFORMATION
                        || (field != null && r.getFields().contains(field)))
                .anyMatch(r -> checks.usable(r, at));
    }

    @Override
    public Optional<String> residentOf(String proxyId, long registrationId, Instant at) {
        return repository
                .find(registrationId)
                .filter(r -> proxyId != null && proxyId.equals(r.getProxyId()))
                .filter(r -> checks.usable(r, at))
                .map(ProxyRegistration::getResidentId);
    }

    @Override
    public Optional<Mandate> actsFor(String proxyId, String residentId, Instant at) {
        if (proxyId == null || residentId == null) {
            return Optional.empty();
        }
        Set<ProxyScope> scopes = EnumSet.noneOf(ProxyScope.class);
        repository.findLive(proxyId, residentId).stream()
                .filter(r -> checks.usable(r, at))
                .forEach(r -> r.getScopes().forEach(s -> scopes.add(ProxyScope.valueOf(s))));
        return scopes.isEmpty()
                ? Optional.empty()
                : Optional.of(new Mandate(repository.personName(residentId).orElse(""), scopes));
    }

    @Override
    public boolean registeredBetween(String residentId, String proxyId) {
        return residentId != null
                && proxyId != null
                && repository.findByPerson(residentId, EnumSet.allOf(ProxyState.class)).stream()
                        .filter(r -> residentId.equals(r.getResidentId()))
                        .map(ProxyRegistration::getProxyId)
                        .anyMatch(proxyId::equals);
    }
}
