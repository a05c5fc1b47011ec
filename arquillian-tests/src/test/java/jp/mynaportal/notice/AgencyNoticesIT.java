package jp.mynaportal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Base64;
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
 * お知らせ through the agency API over HTTP on the shared H2 deployment, signed with the demo
 * agencies' keys: a notice to one resident by the agency's link code, the preview of criteria
 * against the demo households (taro's grown-up child at the edge of "child under N"), and a clear
 * 4xx for each kind of problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyNoticesIT {

    private static final String NOTICES = "/api/agency/notices";
    private static final String PREVIEW = "/api/agency/notices/preview";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

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

    private HttpResponse<String> nta(String method, String path, String body) {
        return api.send(DemoAgencyKeys.signer("nta"), method, path, body);
    }

    private static String notice(String title, String audience, String more) {
        return "{\"title\":\"" + title + "\",\"body\":\"確定申告の時期です。\",\"validFrom\":\"" + TODAY + "\",\"validUntil\":\""
                + TODAY.plusDays(30) + "\"" + more + ",\"audience\":" + audience + "}";
    }

    private static String toResident(String linkCode) {
        return "{\"linkCode\":\"" + linkCode + "\"}";
    }

    private static long id(HttpResponse<String> answer) {
        return Long.parseLong(answer.body().replaceAll(".*\"id\":([0-9]+).*", "$1"));
    }

    @Test
    void aNoticeToOneResidentByTheAgencysLinkCodeIsStoredAndItsReadStateAnswered() {
        HttpResponse<String> sent =
                nta("POST", NOTICES, notice("源泉徴収票のお知らせ", toResident(DemoAgencyKeys.linkCode("nta", "ken")), ""));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(sent.body()).contains("\"reach\":1");
        HttpResponse<String> state = nta("GET", NOTICES + "/" + id(sent), null);
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.body()).contains("\"toOne\":true").contains("\"read\":false");
    }

    @Test
    void aPdfAttachmentIsAcceptedAndAnythingElseRefused() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String text = Base64.getEncoder().encodeToString("not a pdf".getBytes(StandardCharsets.US_ASCII));
        String audience = toResident(DemoAgencyKeys.linkCode("nta", "ken"));

        HttpResponse<String> withPdf = nta(
                "POST",
                NOTICES,
                notice("案内のPDF", audience, ",\"attachment\":{\"fileName\":\"案内.pdf\",\"content\":\"" + pdf + "\"}"));
        HttpResponse<String> withText = nta(
                "POST",
                NOTICES,
                notice("案内の文書", audience, ",\"attachment\":{\"fileName\":\"案内.pdf\",\"content\":\"" + text + "\"}"));

        assertThat(withPdf.statusCode()).as(withPdf.body()).isEqualTo(201);
        assertThat(withText.statusCode()).isEqualTo(422);
        assertThat(withText.body()).contains("\"field\":\"attachment\",\"code\":\"NOT_PDF\"");
    }

    @Test
    void thePreviewCountsTheDemoHouseholdWithAChildUnderTheAgeAndNotAtIt() {
        int tarosChild = Period.between(LocalDate.of(2006, 5, 20), TODAY).getYears();
        String under = "{\"criteria\":{\"lgCode\":\"271276\",\"childUnder\":" + (tarosChild + 1) + "}}";
        String at = "{\"criteria\":{\"lgCode\":\"271276\",\"childUnder\":" + tarosChild + "}}";

        HttpResponse<String> reached = nta("POST", PREVIEW, "{\"audience\":" + under + "}");
        HttpResponse<String> notReached = nta("POST", PREVIEW, "{\"audience\":" + at + "}");

        assertThat(reached.statusCode()).as(reached.body()).isEqualTo(200);
        assertThat(reached.body()).isEqualTo("{\"reach\":1}");
        assertThat(notReached.body()).isEqualTo("{\"reach\":0}");
    }

    @Test
    void thePreviewOfChildAllowanceHouseholdsReachesTheDemoHouseholdThatReceivesIt() {
        HttpResponse<String> chiyoda =
                nta("POST", PREVIEW, "{\"audience\":{\"criteria\":{\"lgCode\":\"131016\",\"childAllowance\":true}}}");
        HttpResponse<String> osaka =
                nta("POST", PREVIEW, "{\"audience\":{\"criteria\":{\"lgCode\":\"271276\",\"childAllowance\":true}}}");

        assertThat(chiyoda.body()).isEqualTo("{\"reach\":1}");
        assertThat(osaka.body()).isEqualTo("{\"reach\":0}");
    }

    @Test
    void anUnknownLinkCodeOrOneOfAnotherAgencyIsNotFound() {
        HttpResponse<String> unknown = nta("POST", NOTICES, notice("宛先不明", toResident("no-such-code"), ""));
        HttpResponse<String> others =
                nta("POST", NOTICES, notice("他機関の符号", toResident(DemoAgencyKeys.linkCode("nenkin", "hanako")), ""));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("UNKNOWN_LINK_CODE");
        assertThat(others.statusCode()).isEqualTo(404);
        assertThat(others.body()).contains("UNKNOWN_LINK_CODE");
    }

    @Test
    void aNoticeWithProblemsIsAnswered422WithEveryProblem() {
        String body = "{\"title\":\"\",\"body\":\"本文\",\"validFrom\":\"" + TODAY + "\",\"validUntil\":\""
                + TODAY.minusDays(1) + "\",\"linkUrl\":\"javascript:alert(1)\",\"audience\":{\"criteria\":"
                + "{\"minAge\":70,\"maxAge\":65,\"childUnder\":0}}}";

        HttpResponse<String> answer = nta("POST", NOTICES, body);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("\"field\":\"title\",\"code\":\"REQUIRED\"")
                .contains("\"field\":\"validUntil\",\"code\":\"ENDS_BEFORE_START\"")
                .contains("\"field\":\"linkUrl\",\"code\":\"INVALID_URL\"")
                .contains("\"field\":\"audience.criteria.maxAge\",\"code\":\"BELOW_MIN_AGE\"")
                .contains("\"field\":\"audience.criteria.childUnder\",\"code\":\"OUT_OF_RANGE\"");
    }

    @Test
    void anAudienceThatIsNeitherOneResidentNorCriteriaIsMalformed() {
        String both = "{\"linkCode\":\"x\",\"criteria\":{}}";

        HttpResponse<String> answer = nta("POST", NOTICES, notice("宛先が二つ", both, ""));
        HttpResponse<String> none = nta("POST", NOTICES, "{\"title\":\"宛先なし\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("MALFORMED");
        assertThat(none.statusCode()).isEqualTo(400);
    }

    @Test
    void anotherAgencysNoticeIsNotFound() {
        HttpResponse<String> sent =
                nta("POST", NOTICES, notice("国税庁から", toResident(DemoAgencyKeys.linkCode("nta", "ken")), ""));

        HttpResponse<String> asNenkin =
                api.send(DemoAgencyKeys.signer("nenkin"), "GET", NOTICES + "/" + id(sent), null);

        assertThat(asNenkin.statusCode()).isEqualTo(404);
        assertThat(asNenkin.body()).contains("UNKNOWN_NOTICE");
    }
}
