package jp.mynaportal.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import org.junit.jupiter.api.Test;

/** もっとつながる in the access policy: the resident connects their own sites; a 代理人 never does. */
class ConnectedSitesPolicyTest {

    private final DefaultAccessPolicy policy = new DefaultAccessPolicy();

    @Test
    void aResidentConnectsSitesForThemselves() {
        Actor resident = new Actor("r-1", Set.of(Roles.RESIDENT), Set.of());
        assertThat(policy.permits(resident, Subject.resident("r-1"), PortalService.CONNECTED_SITES, Operation.WRITE))
                .isTrue();
    }

    @Test
    void aProxyCannotConnectSitesForTheResident() {
        Actor proxy = new Actor("p-1", Set.of(Roles.PROXY), Set.of());
        assertThat(policy.permits(proxy, Subject.resident("r-1"), PortalService.CONNECTED_SITES, Operation.WRITE))
                .isFalse();
        assertThat(policy.permits(proxy, Subject.resident("r-1"), PortalService.CONNECTED_SITES, Operation.READ))
                .isFalse();
    }

    @Test
    void aResidentActingAsSomeonesProxyCannotConnectSitesEvenOnTheirOwnId() {
        Actor both = new Actor("r-1", Set.of(Roles.RESIDENT, Roles.PROXY), Set.of());
        assertThat(policy.permits(both, Subject.resident("r-1"), PortalService.CONNECTED_SITES, Operation.WRITE))
                .isFalse();
    }

    @Test
    void aResidentCannotConnectSitesForSomeoneElse() {
        Actor resident = new Actor("r-1", Set.of(Roles.RESIDENT), Set.of());
        assertThat(policy.permits(resident, Subject.resident("r-2"), PortalService.CONNECTED_SITES, Operation.WRITE))
                .isFalse();
    }
}
