package jp.mynaportal.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.PortalCaller;

/** Reads the actor from the principal the container holds for this call. */
@ApplicationScoped
public class ContainerCurrentCaller implements CurrentCaller {

    @Inject
    private SecurityContext security;

    @Override
    public Optional<Actor> find() {
        return security.getPrincipalsByType(PortalCaller.class).stream()
                .findFirst()
                .map(PortalCaller::actor);
    }
}
