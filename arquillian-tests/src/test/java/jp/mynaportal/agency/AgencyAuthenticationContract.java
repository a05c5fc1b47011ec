package jp.mynaportal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agency authentication service in the container, on the database of the deployment: the
 * demo agencies are registered, a signature of a registered key is accepted once (its single-use
 * id stored in this database), and refused again, after its lifetime, or for another request.
 */
abstract class AgencyAuthenticationContract {

    private static final String TARGET = "/api/agency/self";

    private AgencyAuthenticationService authentication;
    private AgencyDirectory directory;
    private AgencyRequestSigner nta;

    @BeforeEach
    void lookUp() {
        authentication = CDI.current().select(AgencyAuthenticationService.class).get();
        directory = CDI.current().select(AgencyDirectory.class).get();
        nta = AgencyRequestSigner.fromFolder("nta", Path.of("data", "agency", "nta"));
    }

    @Test
    void theDemoAgenciesAreRegisteredWithTheirKinds() {
        assertThat(directory.all())
                .extracting(AgencyInfo::code)
                .contains("lg-131016", "nta", "nenkin", "kyoukaikenpo", "kokuho-131016", "med-kasumigaseki");
        assertThat(directory.find("nenkin"))
                .get()
                .extracting(AgencyInfo::nameJa)
                .isEqualTo("日本年金機構");
    }

    @Test
    void aSignatureOfARegisteredKeyAuthenticatesTheAgencyWithTheSignedBodyDigest() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        AgencyVerdict verdict =
                authentication.authenticate(new AgencyRequest("POST", TARGET, nta.sign("POST", TARGET, body)));

        assertThat(verdict.isAccepted()).isTrue();
        assertThat(verdict.agencyCode()).isEqualTo("nta");
        assertThat(verdict.bodySha256()).isEqualTo(AgencyRequestSigner.bodySha256(body));
    }

    @Test
    void theSameSignatureIsAcceptedOnce() {
        String jws = nta.sign("GET", TARGET, new byte[0]);

        AgencyVerdict first = authentication.authenticate(new AgencyRequest("GET", TARGET, jws));
        AgencyVerdict second = authentication.authenticate(new AgencyRequest("GET", TARGET, jws));

        assertThat(first.isAccepted()).isTrue();
        assertThat(second.refusal()).isEqualTo(AgencyRefusal.REPLAYED);
    }

    @Test
    void aSignatureIsRefusedAfterItsLifetime() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(4));
        String jws = nta.sign(
                "GET",
                TARGET,
                new byte[0],
                issued,
                issued.plus(Duration.ofMinutes(2)),
                UUID.randomUUID().toString());

        assertThat(authentication
                        .authenticate(new AgencyRequest("GET", TARGET, jws))
                        .refusal())
                .isEqualTo(AgencyRefusal.EXPIRED);
    }

    @Test
    void aSignatureIssuedInTheFutureIsRefused() {
        Instant issued = Instant.now().plus(Duration.ofMinutes(3));
        String jws = nta.sign(
                "GET",
                TARGET,
                new byte[0],
                issued,
                issued.plus(Duration.ofMinutes(1)),
                UUID.randomUUID().toString());

        assertThat(authentication
                        .authenticate(new AgencyRequest("GET", TARGET, jws))
                        .refusal())
                .isEqualTo(AgencyRefusal.NOT_YET_VALID);
    }

    @Test
    void aSignatureForAnotherMethodIsRefused() {
        String jws = nta.sign("GET", TARGET, new byte[0]);

        assertThat(authentication
                        .authenticate(new AgencyRequest("DELETE", TARGET, jws))
                        .refusal())
                .isEqualTo(AgencyRefusal.WRONG_REQUEST);
    }

    @Test
    void somethingThatIsNoJwsIsRefusedAsMalformed() {
        assertThat(authentication
                        .authenticate(new AgencyRequest("GET", TARGET, "not.a.jws"))
                        .refusal())
                .isEqualTo(AgencyRefusal.MALFORMED);
        assertThat(authentication
                        .authenticate(new AgencyRequest("GET", TARGET, null))
                        .refusal())
                .isEqualTo(AgencyRefusal.MALFORMED);
    }
}
