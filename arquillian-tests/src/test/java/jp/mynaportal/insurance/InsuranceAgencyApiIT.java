package jp.mynaportal.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import jp.mynaportal.agency.AgencyApiClient;
import jp.mynaportal.agency.DemoAgencyKeys;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.support.PortalDeployment;
import jp.mynaportal.support.TokenLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agencies' side of 健康保険証利用申込 over HTTP, with the demo agencies' signed requests: a
 * medical institution checks a card (signed by the card in a reader at the institution) and hears
 * nothing about a resident who did not register; a challenge is used once; an insurer is no
 * medical institution; an insurer confirms only registrations addressed to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsuranceAgencyApiIT {

    static final String HOSPITAL = "med-kasumigaseki";
    static final String KYOKAI = "kyoukaikenpo";
    private static final String TARO = "taro";
    private static final String TARO_PIN = "2345";

    @ArquillianResource
    private URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    /**
     * 佐藤 太郎's card with its demo password and full tries (other tests may have locked it); with a
     * {@code @BeforeEach} method Arquillian injects {@link #portal}.
     */
    @BeforeEach
    void freshCard() {
        jp.mynaportal.support.Callers.freshCard(TARO, TARO_PIN);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** What the institution's card reader sends for a challenge: the certificate, the challenge, the signature. */
    static String signedBody(URL portal, String cardId, String pin, String challenge) throws Exception {
        return signedBody(portal, Path.of("data", "cards"), cardId, pin, challenge);
    }

    /** The same, with a card of the demo cards in {@code cards} (another portal's). */
    static String signedBody(URL portal, Path cards, String cardId, String pin, String challenge) throws Exception {
        byte[] bytes = Base64.getUrlDecoder().decode(challenge);
        try (CardSession card = new TokenLogin(portal.toString(), cards)
                .readers()
                .open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            assertThat(card.verifyPin(PinKind.AUTH, pin.toCharArray()).isOk()).isTrue();
            byte[] signature = card.sign(
                    CardKey.AUTH,
                    "SHA-256",
                    MessageDigest.getInstance("SHA-256").digest(bytes));
            byte[] certificate = card.readCertificate(CertificateKind.AUTH).getEncoded();
            return Json.createObjectBuilder()
                    .add("certificate", Base64.getEncoder().encodeToString(certificate))
                    .add("challenge", challenge)
                    .add("signature", Base64.getEncoder().encodeToString(signature))
                    .build()
                    .toString();
        }
    }

    private String challenge(AgencyApiClient api) {
        HttpResponse<String> answer =
                api.send(DemoAgencyKeys.signer(HOSPITAL), "POST", "/api/agency/insurance/eligibility/challenge", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer).getString("challenge");
    }

    @Test
    void aMedicalInstitutionHearsNothingAboutAResidentWhoDidNotRegisterAndUsesAChallengeOnce() throws Exception {
        AgencyApiClient api = new AgencyApiClient(portal);
        String challenge = challenge(api);
        String body = signedBody(portal, TARO, TARO_PIN, challenge);

        HttpResponse<String> first =
                api.send(DemoAgencyKeys.signer(HOSPITAL), "POST", "/api/agency/insurance/eligibility", body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).getString("outcome")).isEqualTo("NOT_REGISTERED");
        assertThat(json(first).containsKey("insurerNumber")).isFalse();
        assertThat(json(first).containsKey("name")).isFalse();

        HttpResponse<String> again =
                api.send(DemoAgencyKeys.signer(HOSPITAL), "POST", "/api/agency/insurance/eligibility", body);
        assertThat(json(again).getString("outcome")).isEqualTo("CHALLENGE_INVALID");
    }

    @Test
    void anInsurerIsNoMedicalInstitution() {
        HttpResponse<String> answer = new AgencyApiClient(portal)
                .send(DemoAgencyKeys.signer(KYOKAI), "POST", "/api/agency/insurance/eligibility/challenge", null);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer).getString("error")).isEqualTo("NOT_A_MEDICAL_INSTITUTION");
    }

    @Test
    void anInsurerCannotConfirmARegistrationThatDoesNotExistForIt() {
        AgencyApiClient api = new AgencyApiClient(portal);
        HttpResponse<String> list =
                api.send(DemoAgencyKeys.signer("kokuho-271004"), "GET", "/api/agency/insurance/registrations", null);
        assertThat(list.statusCode()).isEqualTo(200);
        HttpResponse<String> confirm = api.send(
                DemoAgencyKeys.signer("kokuho-271004"),
                "POST",
                "/api/agency/insurance/registrations/987654321/confirmation",
                null);
        assertThat(confirm.statusCode()).isEqualTo(404);
        assertThat(json(confirm).getString("error")).isEqualTo("NOT_FOUND");
    }
}
