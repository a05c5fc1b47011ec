package jp.mynaportal.connect;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connected sites' お知らせ API over HTTP on the shared H2 deployment: the test connects yuki to
 * a site of its own through the service (as the consent screen does), then sends what the site
 * would send to {@code /api/connect/notices} through the portal's whole HTTP path (filters, JAX-RS,
 * JSON), with {@code Authorization: Site <client assertion>} for the portal's address as audience.
 */
@ExtendWith(ArquillianExtension.class)
class SiteNoticeHttpH2IT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @ArquillianResource
    private URL portal;

    private SiteNoticeContract.Site site;
    private String subject;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void connectYuki() throws Exception {
        site = SiteNoticeContract.site();
        subject = SiteNoticeContract.connectYuki(
                CDI.current().select(ConnectService.class).get(),
                CDI.current().select(ConnectRepository.class).get(),
                site,
                true);
    }

    private String base() {
        return portal.toExternalForm().replaceAll("/+$", "");
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String signed() throws Exception {
        return "Site " + SiteNoticeContract.assertion(site, base() + SiteNoticeService.PATH);
    }

    private String notice(String sub, String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return "{\"sub\":\"" + sub + "\",\"title\":\"" + title + "\",\"body\":\"本文です\",\"validFrom\":\"" + today
                + "\",\"validUntil\":\"" + today.plusDays(7) + "\"}";
    }

    @Test
    void aSignedDeliveryIsStoredAndItsReadStateAnswered() throws Exception {
        HttpResponse<String> delivered = send("POST", SiteNoticeService.PATH, notice(subject, "HTTPのお知らせ"), signed());
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
        String id = delivered.body().replaceAll(".*\"id\":([0-9]+).*", "$1");

        HttpResponse<String> state = send("GET", SiteNoticeService.PATH + "/" + id, null, signed());

        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        assertThat(state.body()).contains("\"read\":false").contains("\"toOne\":true");
    }

    @Test
    void aDeliveryWithoutTheSitesAssertionIsRefused() throws Exception {
        HttpResponse<String> answer = send("POST", SiteNoticeService.PATH, notice(subject, "署名なし"), null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("INVALID_CLIENT");
    }

    @Test
    void aDeliveryAfterTheConsentWasWithdrawnIsForbidden() throws Exception {
        CDI.current().select(NoticeSharingService.class).get().allow(site.clientId(), false, "127.0.0.1");

        HttpResponse<String> answer = send("POST", SiteNoticeService.PATH, notice(subject, "撤回後"), signed());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("NOT_ALLOWED");
    }

    @Test
    void aNoticeWithProblemsIsAnswered422WithEachProblem() throws Exception {
        String body = "{\"sub\":\"" + subject + "\",\"title\":\"\",\"body\":\"本文\",\"validFrom\":\"2026-13-01\"}";

        HttpResponse<String> answer = send("POST", SiteNoticeService.PATH, body, signed());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("\"field\":\"validFrom\",\"code\":\"INVALID\"")
                .contains("INVALID_NOTICE");
    }

    @Test
    void aBodyWithoutASubjectIsMalformed() throws Exception {
        HttpResponse<String> answer = send("POST", SiteNoticeService.PATH, "{\"title\":\"宛先なし\"}", signed());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("MALFORMED");
    }
}
