package jp.mynaportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import jp.mynaportal.agency.AgencyApiClient;
import jp.mynaportal.agency.DemoAgencyKeys;
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
 * {@code POST /api/agency/exchanges} over HTTP on the shared H2 deployment, signed as demo
 * agencies: an agency records an exchange it took part in for a resident it knows by its link code;
 * an exchange between two other agencies, another agency's link code and a malformed body are
 * refused, each with its reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeApiIT {

    private static final String EXCHANGES = "/api/agency/exchanges";

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

    private static String exchange(String linkCode, String requester, String provider) {
        return "{\"linkCode\":\"" + linkCode + "\",\"exchangedAt\":\"2026-11-30T03:00:00Z\",\"requester\":\""
                + requester + "\",\"provider\":\"" + provider + "\",\"procedure\":\"児童手当法による児童手当の支給に関する事務\","
                + "\"information\":\"所得情報（国税関係情報）\",\"outcome\":\"PROVIDED\"}";
    }

    @Test
    void anAgencyRecordsAnExchangeItTookPartIn() {
        String body = exchange(DemoAgencyKeys.linkCode("nta", "taro"), "lg-271004", "nta");

        HttpResponse<String> answer = api.send(DemoAgencyKeys.signer("nta"), "POST", EXCHANGES, body);

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.body()).matches("\\{\"id\":[0-9]+\\}");
    }

    @Test
    void anExchangeBetweenTwoOtherAgenciesIsRefused() {
        String body = exchange(DemoAgencyKeys.linkCode("nta", "taro"), "lg-271004", "nenkin");

        HttpResponse<String> answer = api.send(DemoAgencyKeys.signer("nta"), "POST", EXCHANGES, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("REFUSED_EXCHANGE");
    }

    @Test
    void anotherAgencysLinkCodeNamesNobody() {
        String body = exchange(DemoAgencyKeys.linkCode("nenkin", "taro"), "lg-271004", "nta");

        HttpResponse<String> answer = api.send(DemoAgencyKeys.signer("nta"), "POST", EXCHANGES, body);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("UNKNOWN_LINK_CODE");
    }

    @Test
    void aMalformedExchangeIsRefused() {
        String body = "{\"linkCode\":\"" + DemoAgencyKeys.linkCode("nta", "taro") + "\",\"exchangedAt\":\"yesterday\"}";

        HttpResponse<String> answer = api.send(DemoAgencyKeys.signer("nta"), "POST", EXCHANGES, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("INVALID_EXCHANGE");
    }
}
