package jp.mynaportal.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.ProxyMandates;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import org.junit.jupiter.api.Test;

/**
 * The 代理人 rules of the one access policy, with registrations that grant 代理人 "p" for resident
 * "r" お知らせ and あなたの情報 in 分野 "tax" only.
 */
class ProxyPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");

    /** What a registration grants: for a 代理人, a resident, a scope, a 分野 (or null), at an instant. */
    private interface Grant {
        boolean grants(String proxyId, String residentId, ProxyScope scope, String field, Instant at);
    }

    /** Registrations that grant what {@code grant} says, of a 代理人 "p" registered by resident "r". */
    private static ProxyMandates registered(Grant grant) {
        return new ProxyMandates() {
            @Override
            public boolean grants(String proxyId, String residentId, ProxyScope scope, String field, Instant at) {
                return grant.grants(proxyId, residentId, scope, field, at);
            }

            @Override
            public Optional<String> residentOf(String proxyId, long registrationId, Instant at) {
                return Optional.empty();
            }

            @Override
            public Optional<Mandate> actsFor(String proxyId, String residentId, Instant at) {
                return Optional.empty();
            }

            @Override
            public boolean registeredBetween(String residentId, String proxyId) {
                return residentId.equals("r") && proxyId.equals("p");
            }
        };
    }

    private static final ProxyMandates REGISTERED =
            registered((proxyId, residentId, scope, field, at) -> proxyId.equals("p")
                    && residentId.equals("r")
                    && at.equals(NOW)
                    && (scope == ProxyScope.NOTICES || (scope == ProxyScope.SELF_INFORMATION && "tax".equals(field))));

    private final AccessPolicy policy = new DefaultAccessPolicy(REGISTERED, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Actor proxyFor(String proxyId, String residentId) {
        return new Actor(proxyId, Set.of(Roles.PROXY), Set.of(), residentId);
    }

    @Test
    void aProxyReadsAndMarksTheGrantedNoticesOfTheResident() {
        for (Operation operation : Operation.values()) {
            assertThat(policy.permits(proxyFor("p", "r"), Subject.resident("r"), PortalService.NOTICES, operation))
                    .isTrue();
        }
    }

    @Test
    void aProxyReadsOnlyTheGrantedFieldOfSelfInformationAndNeverWritesIt() {
        Actor proxy = proxyFor("p", "r");
        Subject resident = Subject.resident("r");
        assertThat(policy.permits(proxy, resident, PortalService.SELF_INFORMATION, Operation.READ, "tax"))
                .isTrue();
        assertThat(policy.permits(proxy, resident, PortalService.SELF_INFORMATION, Operation.READ, "health"))
                .isFalse();
        assertThat(policy.permits(proxy, resident, PortalService.SELF_INFORMATION, Operation.READ))
                .isFalse();
        assertThat(policy.permits(proxy, resident, PortalService.SELF_INFORMATION, Operation.WRITE, "tax"))
                .isFalse();
    }

    @Test
    void aProxyIsRefusedEveryServiceTheRegistrationDoesNotGrant() {
        Actor proxy = proxyFor("p", "r");
        for (PortalService service : PortalService.values()) {
            if (service == PortalService.NOTICES || service == PortalService.SELF_INFORMATION) {
                continue;
            }
            for (Operation operation : Operation.values()) {
                assertThat(policy.permits(proxy, Subject.resident("r"), service, operation))
                        .as(service + " " + operation)
                        .isFalse();
            }
        }
    }

    @Test
    void aProxyGrantedNoticeSharingSeesAndChangesTheResidentsConsentButNeverConnectsSites() {
        ProxyMandates sharingOnly = registered((proxyId, residentId, scope, field, at) ->
                proxyId.equals("p") && residentId.equals("r") && scope == ProxyScope.NOTICE_SHARING);
        AccessPolicy sharing = new DefaultAccessPolicy(sharingOnly, Clock.fixed(NOW, ZoneOffset.UTC));
        Actor proxy = proxyFor("p", "r");
        Subject resident = Subject.resident("r");
        for (Operation operation : Operation.values()) {
            assertThat(sharing.permits(proxy, resident, PortalService.NOTICE_SHARING, operation))
                    .as("NOTICE_SHARING " + operation)
                    .isTrue();
            assertThat(sharing.permits(proxy, resident, PortalService.CONNECTED_SITES, operation))
                    .as("CONNECTED_SITES " + operation)
                    .isFalse();
        }
        assertThat(sharing.permits(proxy, resident, PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void aProxyActsForNobodyElseNotEvenThemselves() {
        Actor proxy = proxyFor("p", "r");
        assertThat(policy.permits(proxy, Subject.resident("other"), PortalService.NOTICES, Operation.READ))
                .isFalse();
        assertThat(policy.permits(proxy, Subject.resident("p"), PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void actingForSomeoneNeedsTheProxyGroup() {
        Actor notProxy = new Actor("p", Set.of(Roles.RESIDENT), Set.of(), "r");
        assertThat(policy.permits(notProxy, Subject.resident("r"), PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void anotherProxyWithoutARegistrationIsRefused() {
        assertThat(policy.permits(proxyFor("q", "r"), Subject.resident("r"), PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void withoutRegistrationsEveryProxyIsRefused() {
        AccessPolicy unregistered = new DefaultAccessPolicy();
        assertThat(unregistered.permits(
                        proxyFor("p", "r"), Subject.resident("r"), PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void theResidentTellsTheirProxyButNeverChangesTheProxysSettings() {
        Actor resident = new Actor("r", Set.of(Roles.RESIDENT), Set.of());
        Subject proxy = Subject.resident("p");
        assertThat(policy.permits(resident, proxy, PortalService.PROXY_NOTIFICATIONS, Operation.WRITE))
                .isTrue();
        assertThat(policy.permits(resident, proxy, PortalService.PROXY_SETTINGS, Operation.WRITE))
                .isFalse();
        assertThat(policy.permits(resident, proxy, PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void theProxyCannotTellTheResidentInTheirName() {
        Actor proxy = new Actor("p", Set.of(Roles.RESIDENT), Set.of());
        assertThat(policy.permits(proxy, Subject.resident("r"), PortalService.PROXY_NOTIFICATIONS, Operation.WRITE))
                .isFalse();
    }
}
