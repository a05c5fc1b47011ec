package jp.mynaportal.selfinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import jp.mynaportal.agency.AgencyApiClient;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.agency.DemoAgencyKeys;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agencies' upload of あなたの情報 records over HTTP, as the demo municipality of 札幌市 for the
 * demo resident yuki (each test with record ids of its own), on the database of the subclass's
 * deployment: a batch is written with each record's result; sent again it changes nothing; other
 * content for a record id is a correction; a batch larger than one JDBC batch and one lookup of
 * existing records is written whole and read back as sent; one batch may mix new, unchanged and
 * corrected records; a batch with one bad record (unknown person, schema violation, an item the
 * agency does not provide) is refused with that record's problem and writes nothing; a wrong key
 * or an unregistered agency never reaches it.
 */
abstract class AgencyRecordsApiTests {

    private static final String RECORDS = "/api/agency/selfinfo/records";
    private static final String AGENCY = "lg-011002";

    @ArquillianResource
    private URL portal;

    private AgencyApiClient api;
    private String yuki;
    private String prefix;

    @BeforeEach
    void client() {
        api = new AgencyApiClient(portal);
        yuki = DemoAgencyKeys.linkCode(AGENCY, "yuki");
        prefix = "it-" + UUID.randomUUID() + "-";
    }

    private String tax(String id, String linkCode, int year, long income) {
        return "{\"recordId\":\"" + prefix + id + "\",\"linkCode\":\"" + linkCode + "\",\"item\":\"tax_income\","
                + "\"validFrom\":\"" + year + "-06-01\",\"validTo\":\"" + (year + 1) + "-06-01\","
                + "\"values\":{\"taxYear\":" + year + ",\"income\":" + income + ",\"taxableIncome\":"
                + (income - 1_130_000) + ",\"residentTax\":" + ((income - 1_130_000) / 10) + "}}";
    }

    private HttpResponse<String> send(String... records) {
        return api.send(
                DemoAgencyKeys.signer(AGENCY), "PUT", RECORDS, "{\"records\":[" + String.join(",", records) + "]}");
    }

    /**
     * count 予防接種 records of yuki, ids {@code many-0…}, all valid from 2090 (so that no page of
     * today shows them), each place ending with {@code place}.
     */
    private String[] manyRecords(int count, String place) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"recordId\":\"" + prefix + "many-" + i + "\",\"linkCode\":\"" + yuki
                        + "\",\"item\":\"vaccination\",\"validFrom\":\"2090-04-01\",\"values\":{"
                        + "\"vaccine\":\"インフルエンザ\",\"dose\":" + (1 + i % 5)
                        + ",\"vaccinatedOn\":\"2090-04-0" + (1 + i % 9) + "\",\"place\":\"会場" + place + "\"}}")
                .toArray(String[]::new);
    }

    private static long count(HttpResponse<String> answer, String result) {
        return Pattern.compile("\"result\":\"" + result + "\"")
                .matcher(answer.body())
                .results()
                .count();
    }

    @Test
    void aBatchIsWrittenWithEachRecordsResult() {
        HttpResponse<String> answer = send(tax("a", yuki, 2030, 4_000_000), tax("b", yuki, 2031, 4_100_000));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("{\"index\":0,\"recordId\":\"" + prefix + "a\",\"result\":\"CREATED\",\"version\":1}")
                .contains("{\"index\":1,\"recordId\":\"" + prefix + "b\",\"result\":\"CREATED\",\"version\":1}");
    }

    @Test
    void theSameBatchSentAgainChangesNothing() {
        send(tax("a", yuki, 2030, 4_000_000));

        HttpResponse<String> again = send(tax("a", yuki, 2030, 4_000_000));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"result\":\"UNCHANGED\",\"version\":1");
    }

    @Test
    void otherContentForARecordIdIsACorrection() {
        send(tax("a", yuki, 2030, 4_000_000));

        HttpResponse<String> corrected = send(tax("a", yuki, 2030, 4_200_000));

        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"result\":\"CORRECTED\",\"version\":2");
    }

    @Test
    void aBatchLargerThanOneJdbcBatchIsWrittenWholeAndReadBackAsSent() {
        // 1,200 records (4,800 values): more than one JDBC batch and more than one lookup of 500 ids
        HttpResponse<String> written = send(manyRecords(1_200, "A"));

        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(count(written, "CREATED")).isEqualTo(1_200);
        HttpResponse<String> again = send(manyRecords(1_200, "A"));
        assertThat(count(again, "UNCHANGED"))
                .as("every stored record says exactly what was sent, values included")
                .isEqualTo(1_200);
    }

    @Test
    void everyRecordOfALargeBatchIsCorrectedOnce() {
        send(manyRecords(1_200, "A"));

        HttpResponse<String> corrected = send(manyRecords(1_200, "B"));

        assertThat(count(corrected, "CORRECTED")).isEqualTo(1_200);
        assertThat(count(send(manyRecords(1_200, "B")), "UNCHANGED"))
                .as("each corrected version is the one current version of its id")
                .isEqualTo(1_200);
    }

    @Test
    void oneBatchMayMixNewUnchangedAndCorrectedRecords() {
        send(tax("a", yuki, 2030, 4_000_000), tax("b", yuki, 2031, 4_100_000));

        HttpResponse<String> mixed =
                send(tax("a", yuki, 2030, 4_000_000), tax("b", yuki, 2031, 4_150_000), tax("c", yuki, 2032, 4_200_000));

        assertThat(mixed.statusCode()).isEqualTo(200);
        assertThat(mixed.body())
                .contains("{\"index\":0,\"recordId\":\"" + prefix + "a\",\"result\":\"UNCHANGED\",\"version\":1}")
                .contains("{\"index\":1,\"recordId\":\"" + prefix + "b\",\"result\":\"CORRECTED\",\"version\":2}")
                .contains("{\"index\":2,\"recordId\":\"" + prefix + "c\",\"result\":\"CREATED\",\"version\":1}");
        assertThat(send(tax("b", yuki, 2031, 4_160_000)).body())
                .as("the version a correction replaced is no longer current")
                .contains("\"result\":\"CORRECTED\",\"version\":3");
    }

    @Test
    void aRecordForAnUnknownPersonRefusesTheWholeBatch() {
        HttpResponse<String> refused = send(tax("a", yuki, 2030, 4_000_000), tax("b", "NOSUCHLINKCODE", 2030, 1));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"index\":1")
                .contains("\"field\":\"linkCode\"")
                .contains("\"code\":\"UNKNOWN_PERSON\"")
                .doesNotContain("\"index\":0");
        assertThat(send(tax("a", yuki, 2030, 4_000_000)).body())
                .as("nothing of the refused batch was written")
                .contains("\"result\":\"CREATED\"");
    }

    @Test
    void anotherAgencysLinkCodeIsAnUnknownPerson() {
        String ntaCode = DemoAgencyKeys.linkCode("nta", "yuki");

        HttpResponse<String> refused = send(tax("a", ntaCode, 2030, 4_000_000));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("UNKNOWN_PERSON");
    }

    @Test
    void aSchemaViolationIsRefusedWithItsField() {
        String bad = "{\"recordId\":\"" + prefix + "x\",\"linkCode\":\"" + yuki + "\",\"item\":\"tax_income\","
                + "\"validFrom\":\"2030-06-01\",\"values\":{\"taxYear\":2030,\"income\":\"たくさん\","
                + "\"taxableIncome\":1,\"residentTax\":1,\"colour\":\"red\"}}";

        HttpResponse<String> refused = send(bad);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("\"field\":\"values.income\",\"code\":\"INVALID\"")
                .contains("\"field\":\"values.colour\",\"code\":\"UNKNOWN_ATTRIBUTE\"");
    }

    @Test
    void anItemTheAgencyDoesNotProvideIsRefused() {
        String pension = "{\"recordId\":\"" + prefix + "p\",\"linkCode\":\"" + yuki + "\",\"item\":\"pension\","
                + "\"validFrom\":\"2030-04-01\",\"values\":{\"pensionKind\":\"老齢基礎年金\",\"annualAmount\":800000}}";

        HttpResponse<String> refused = send(pension);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"NOT_A_PROVIDER\"");
    }

    @Test
    void aBodyThatIsNoBatchIsABadRequest() {
        HttpResponse<String> refused = api.send(DemoAgencyKeys.signer(AGENCY), "PUT", RECORDS, "[1,2");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("MALFORMED");
    }

    @Test
    void aWrongKeyNeverReachesTheUpload() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        AgencyRequestSigner wrong =
                new AgencyRequestSigner(AGENCY, generator.generateKeyPair().getPrivate(), "0".repeat(64));

        HttpResponse<String> refused =
                api.send(wrong, "PUT", RECORDS, "{\"records\":[" + tax("a", yuki, 2030, 4_000_000) + "]}");

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void anUnregisteredAgencyNeverReachesTheUpload() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        AgencyRequestSigner stranger =
                new AgencyRequestSigner("lg-999999", generator.generateKeyPair().getPrivate(), "0".repeat(64));

        HttpResponse<String> refused =
                api.send(stranger, "PUT", RECORDS, "{\"records\":[" + tax("a", yuki, 2030, 4_000_000) + "]}");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("UNKNOWN_AGENCY");
    }
}
