package jp.mynaportal.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import org.junit.jupiter.api.Test;

class DefaultAccessPolicyTest {

    private static final String CHIYODA = "131016";
    private static final String MEGURO = "131105";

    private final AccessPolicy policy = new DefaultAccessPolicy();

    private static Actor resident(String id) {
        return new Actor(id, Set.of(Roles.RESIDENT), Set.of());
    }

    private static Actor staffOf(String id, String lgCode) {
        return new Actor(id, Set.of(Roles.RESIDENT, Roles.STAFF), Set.of(lgCode));
    }

    @Test
    void aResidentUsesEveryResidentServiceOnTheirOwnData() {
        for (PortalService service : Set.of(
                PortalService.ACCOUNT,
                PortalService.APPLICATIONS,
                PortalService.NOTICES,
                PortalService.USAGE_LOG,
                PortalService.EXCHANGE)) {
            for (Operation operation : Operation.values()) {
                assertThat(policy.permits(resident("hanako"), new Subject("hanako", CHIYODA), service, operation))
                        .as(service + " " + operation)
                        .isTrue();
            }
        }
    }

    @Test
    void anAgencyRecordsExchangesButReadsNobodysExchangeHistory() {
        Actor agency = new Actor("JPS", Set.of(Roles.AGENCY), Set.of());
        assertThat(policy.permits(agency, Subject.resident("hanako"), PortalService.EXCHANGE, Operation.WRITE))
                .isTrue();
        assertThat(policy.permits(agency, Subject.resident("hanako"), PortalService.EXCHANGE, Operation.READ))
                .isFalse();
        assertThat(policy.permits(agency, Subject.resident("hanako"), PortalService.NOTICES, Operation.WRITE))
                .isFalse();
    }

    @Test
    void aResidentReachesNoOtherResidentsData() {
        for (PortalService service : PortalService.values()) {
            assertThat(policy.permits(resident("taro"), new Subject("hanako", CHIYODA), service, Operation.READ))
                    .as(service.name())
                    .isFalse();
        }
    }

    @Test
    void aResidentWhoIsNotStaffGetsNoCounterServiceEvenOnTheirOwnData() {
        assertThat(policy.permits(
                        resident("hanako"),
                        new Subject("hanako", CHIYODA),
                        PortalService.COUNTER_INBOX,
                        Operation.READ))
                .isFalse();
        assertThat(policy.permits(
                        resident("hanako"),
                        new Subject("hanako", CHIYODA),
                        PortalService.COUNTER_CARD,
                        Operation.WRITE))
                .isFalse();
    }

    @Test
    void aCardHolderBeforeRegistrationMayOnlyRegister() {
        Actor registrant = new Actor("yuki", Set.of(Roles.REGISTRANT), Set.of());
        Subject self = Subject.resident("yuki");
        assertThat(policy.permits(registrant, self, PortalService.ACCOUNT, Operation.WRITE))
                .isTrue();
        assertThat(policy.permits(registrant, self, PortalService.APPLICATIONS, Operation.READ))
                .isFalse();
        assertThat(policy.permits(registrant, self, PortalService.NOTICES, Operation.READ))
                .isFalse();
    }

    @Test
    void staffServeTheResidentsOfTheirMunicipalityAtTheCounter() {
        Actor staff = staffOf("tanaka", CHIYODA);
        Subject hanako = new Subject("hanako", CHIYODA);
        assertThat(policy.permits(staff, hanako, PortalService.COUNTER_INBOX, Operation.WRITE))
                .isTrue();
        assertThat(policy.permits(staff, hanako, PortalService.COUNTER_CARD, Operation.WRITE))
                .isTrue();
    }

    @Test
    void staffOfAnotherMunicipalityAreRefused() {
        Actor staff = staffOf("ken", MEGURO);
        Subject hanako = new Subject("hanako", CHIYODA);
        assertThat(policy.permits(staff, hanako, PortalService.COUNTER_INBOX, Operation.READ))
                .isFalse();
        assertThat(policy.permits(staff, hanako, PortalService.COUNTER_CARD, Operation.WRITE))
                .isFalse();
    }

    @Test
    void staffUseTheResidentServicesOfNobodyElse() {
        Actor staff = staffOf("tanaka", CHIYODA);
        assertThat(policy.permits(staff, new Subject("hanako", CHIYODA), PortalService.APPLICATIONS, Operation.READ))
                .isFalse();
        assertThat(policy.permits(staff, new Subject("tanaka", CHIYODA), PortalService.APPLICATIONS, Operation.READ))
                .isTrue();
    }

    @Test
    void aSubjectWithoutAMunicipalityIsNoCounterSubject() {
        assertThat(policy.permits(
                        staffOf("tanaka", CHIYODA),
                        Subject.resident("hanako"),
                        PortalService.COUNTER_INBOX,
                        Operation.READ))
                .isFalse();
    }

    @Test
    void aResidentReadsAndReportsOnTheirOwnSelfInformation() {
        for (Operation operation : Operation.values()) {
            assertThat(policy.permits(
                            resident("hanako"), Subject.resident("hanako"), PortalService.SELF_INFORMATION, operation))
                    .as(operation.name())
                    .isTrue();
        }
    }

    @Test
    void anAgencyReachesNothingButSelfInformation() {
        Actor agency = new Actor("nta", Set.of(Roles.AGENCY), Set.of());

        assertThat(policy.permits(agency, Subject.resident("hanako"), PortalService.SELF_INFORMATION, Operation.WRITE))
                .isTrue();
        for (PortalService service : PortalService.values()) {
            if (service != PortalService.SELF_INFORMATION) {
                assertThat(policy.permits(agency, new Subject("hanako", CHIYODA), service, Operation.READ))
                        .as(service.name())
                        .isFalse();
            }
        }
    }

    @Test
    void requireRefusesWithAnAccessDeniedException() {
        assertThatThrownBy(() -> policy.require(
                        resident("taro"), Subject.resident("hanako"), PortalService.NOTICES, Operation.READ))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Actor agency(String code) {
        return new Actor(code, Set.of(Roles.AGENCY), Set.of());
    }

    @Test
    void aResidentUsesTheHealthInsuranceRegistrationOnTheirOwnData() {
        assertThat(policy.permits(
                        resident("hanako"),
                        new Subject("hanako", CHIYODA),
                        PortalService.HEALTH_INSURANCE,
                        Operation.WRITE))
                .isTrue();
    }

    @Test
    void anInsurerReachesTheRegistrationsAddressedToItOnly() {
        Subject toKyokai = Subject.heldBy("hanako", "kyokai-tokyo");
        assertThat(policy.permits(
                        agency("kyokai-tokyo"), toKyokai, PortalService.INSURER_REGISTRATIONS, Operation.WRITE))
                .isTrue();
        assertThat(policy.permits(
                        agency("kokuho-131016"), toKyokai, PortalService.INSURER_REGISTRATIONS, Operation.READ))
                .isFalse();
    }

    @Test
    void aMedicalInstitutionOnlyReadsTheInsuranceOfTheCardItChecked() {
        Subject checked = Subject.heldBy("hanako", "clinic-1");
        assertThat(policy.permits(agency("clinic-1"), checked, PortalService.ELIGIBILITY, Operation.READ))
                .isTrue();
        assertThat(policy.permits(agency("clinic-1"), checked, PortalService.ELIGIBILITY, Operation.WRITE))
                .isFalse();
        assertThat(policy.permits(agency("clinic-2"), checked, PortalService.ELIGIBILITY, Operation.READ))
                .isFalse();
    }

    @Test
    void anAgencyReachesNoResidentServiceAndNoCounterService() {
        Subject hanako = Subject.heldBy("hanako", "kyokai-tokyo");
        for (PortalService service : Set.of(
                PortalService.ACCOUNT,
                PortalService.APPLICATIONS,
                PortalService.USAGE_LOG,
                PortalService.HEALTH_INSURANCE,
                PortalService.COUNTER_INBOX,
                PortalService.COUNTER_CARD)) {
            for (Operation operation : Operation.values()) {
                assertThat(policy.permits(agency("kyokai-tokyo"), hanako, service, operation))
                        .as(service + " " + operation)
                        .isFalse();
            }
        }
    }
}
