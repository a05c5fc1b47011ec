package jp.mynaportal.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agency API over HTTP on the shared H2 deployment: a request signed with a demo agency's
 * registered key makes the caller that agency; an unsigned request, an unregistered agency, an
 * unknown or wrong key, an expired signature, a replayed request and a body other than the signed
 * one are each refused with 401 and the reason; link codes resolve for their own agency only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyApiIT {

    private static final String SELF = "/api/agency/self";
    private static final String CHECK = "/api/agency/links/check";

    @ArquillianResource
    private URL portal;

    private AgencyApiClient api;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void client() {
        api = new AgencyApiClient(portal);
    }

    @Test
    void aSignedRequestOfARegisteredAgencyIsAnsweredAsThatAgency() {
        HttpResponse<String> answer = api.send(DemoAgencyKeys.signer("nta"), "GET", SELF, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"code\":\"nta\"").contains("国税庁").contains("TAX_AGENCY");
    }

    @Test
    void anUnsignedRequestIsRefused() {
        HttpResponse<String> answer = api.sendWithHeader("GET", SELF, null, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Agency");
    }

    @Test
    void anUnregisteredAgencyIsRefused() throws Exception {
        AgencyRequestSigner stranger = new AgencyRequestSigner("not-registered", freshKey(), randomKeyId());

        HttpResponse<String> answer = api.send(stranger, "GET", SELF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("UNKNOWN_AGENCY");
    }

    @Test
    void aKeyThatIsNotRegisteredForTheAgencyIsRefused() throws Exception {
        AgencyRequestSigner unregisteredKey = new AgencyRequestSigner("nta", freshKey(), randomKeyId());

        HttpResponse<String> answer = api.send(unregisteredKey, "GET", SELF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("UNKNOWN_KEY");
    }

    @Test
    void aSignatureByAnotherKeyNamingTheAgencysCertificateIsRefused() throws Exception {
        AgencyRequestSigner forger = new AgencyRequestSigner("nta", freshKey(), thumbprintOf("nta"));

        HttpResponse<String> answer = api.send(forger, "GET", SELF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("BAD_SIGNATURE");
    }

    @Test
    void anotherAgencysCertificateDoesNotAuthenticateTheAgency() throws Exception {
        AgencyRequestSigner borrowed = new AgencyRequestSigner("nta", freshKey(), thumbprintOf("nenkin"));

        HttpResponse<String> answer = api.send(borrowed, "GET", SELF, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("UNKNOWN_KEY");
    }

    @Test
    void anExpiredSignatureIsRefused() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(10));
        String jws = DemoAgencyKeys.signer("nta")
                .sign(
                        "GET",
                        SELF,
                        new byte[0],
                        issued,
                        issued.plus(Duration.ofMinutes(2)),
                        UUID.randomUUID().toString());

        HttpResponse<String> answer = api.sendWithHeader("GET", SELF, null, "Agency " + jws);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("EXPIRED");
    }

    @Test
    void aSignatureLongerLivedThanAllowedIsRefused() {
        Instant now = Instant.now();
        String jws = DemoAgencyKeys.signer("nta")
                .sign(
                        "GET",
                        SELF,
                        new byte[0],
                        now,
                        now.plus(Duration.ofHours(1)),
                        UUID.randomUUID().toString());

        HttpResponse<String> answer = api.sendWithHeader("GET", SELF, null, "Agency " + jws);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("EXPIRED");
    }

    @Test
    void aReplayedRequestIsRefused() {
        String header = "Agency " + DemoAgencyKeys.signer("nta").sign("GET", SELF, new byte[0]);

        HttpResponse<String> first = api.sendWithHeader("GET", SELF, null, header);
        HttpResponse<String> again = api.sendWithHeader("GET", SELF, null, header);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(again.body()).contains("REPLAYED");
    }

    @Test
    void aSignatureForAnotherPathIsRefused() {
        String header = "Agency " + DemoAgencyKeys.signer("nta").sign("GET", "/api/agency/other", new byte[0]);

        HttpResponse<String> answer = api.sendWithHeader("GET", SELF, null, header);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("WRONG_REQUEST");
    }

    @Test
    void aBodyOtherThanTheSignedOneIsRefused() {
        String signedBody = "{\"linkCodes\":[\"A\"]}";
        String header = "Agency "
                + DemoAgencyKeys.signer("nta").sign("POST", CHECK, signedBody.getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = api.sendWithHeader("POST", CHECK, "{\"linkCodes\":[\"B\"]}", header);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("BODY_MISMATCH");
    }

    @Test
    void linkCodesResolveForTheirOwnAgencyOnly() {
        String own = DemoAgencyKeys.linkCode("nta", "hanako");
        String others = DemoAgencyKeys.linkCode("nenkin", "hanako");

        HttpResponse<String> answer = api.send(
                DemoAgencyKeys.signer("nta"),
                "POST",
                CHECK,
                "{\"linkCodes\":[\"" + own + "\",\"" + others + "\",\"NOSUCHCODE\"]}");

        assertThat(own).isNotEqualTo(others);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .isEqualTo("{\"known\":[\"" + own + "\"],\"unknown\":[\"" + others + "\",\"NOSUCHCODE\"]}");
    }

    private static PrivateKey freshKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair().getPrivate();
    }

    private static String randomKeyId() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String thumbprintOf(String agencyCode) throws Exception {
        try (InputStream in = Files.newInputStream(
                DemoAgencyKeys.FOLDER.resolve(agencyCode).resolve(AgencyRequestSigner.CERTIFICATE_FILE))) {
            return AgencyRequestSigner.thumbprint(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }
}
