package jp.mynaportal.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.mynaportal.application.signature.ApplicationSigner;
import jp.mynaportal.application.signature.DigestSigner;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.card.virtual.CardFile;
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
 * The application API over HTTP as a client that holds the card uses it: token login, a draft of
 * an online procedure of 千代田区, the form, values, an attachment, the bytes to sign, the client's
 * own CMS signature and the submission; and what it refuses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationApiIT {

    private static final Path CARDS = Path.of("data", "cards");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TokenLogin login;

    @ArquillianResource
    private URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void freshCards() {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(Path.of("data", "pki"));
        for (String[] card : new String[][] {{"hanako", "1234", "HANAKO2025"}, {"taro", "2345", "TARO1972"}}) {
            CardFile file = new CardFile(CARDS.resolve(card[0] + CardFile.EXTENSION));
            pki.resetPin(file, PinKind.AUTH, card[1].toCharArray());
            pki.resetPin(file, PinKind.SIGN, card[2].toCharArray());
        }
    }

    private URI uri(String path) {
        return URI.create(portal.toExternalForm().replaceAll("/$", "") + path);
    }

    private HttpResponse<String> send(String cookie, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return TokenLogin.json(response);
    }

    /** The nicknames the demo residents register with, the same in every test of the shared deployment. */
    private static final Map<String, String> NICKNAMES = Map.of("hanako", "はなこ", "taro", "たろう");

    /** A registered resident's session: logged in with the card, 利用者登録 done over REST. */
    private String logIn(String cardId, String pin) throws Exception {
        return login().logInRegistered(cardId, pin, NICKNAMES.get(cardId));
    }

    private TokenLogin login() {
        if (login == null) {
            login = new TokenLogin(portal.toExternalForm());
        }
        return login;
    }

    private long signedProcedure() throws Exception {
        HttpResponse<String> list = send(null, "GET", "/api/pittari/procedures?lg=131016", null);
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getBoolean("online") && p.getBoolean("signatureRequired"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** A draft with every field filled and files attached; returns its id. */
    private long filledDraft(String cookie) throws Exception {
        HttpResponse<String> started =
                send(cookie, "POST", "/api/pittari/applications", "{\"procedureId\":" + signedProcedure() + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long id = json(started).getJsonNumber("id").longValue();
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (JsonValue value : json(send(cookie, "GET", "/api/pittari/applications/" + id, null))
                .getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            String type = field.getString("type");
            if ("FILE".equals(type)) {
                HttpResponse<String> attached = http.send(
                        HttpRequest.newBuilder(uri(
                                        "/api/pittari/applications/" + id + "/attachments/" + field.getString("key")))
                                .header("Cookie", cookie)
                                .header("Content-Type", "application/pdf")
                                .header("X-File-Name", "proof.pdf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(ApplicationServiceContract.PDF))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(attached.statusCode()).as(attached.body()).isEqualTo(204);
            } else if (!field.getBoolean("locked")) {
                values.add(
                        field.getString("key"),
                        switch (type) {
                            case "KANA" -> "やまだ はなこ";
                            case "DATE" -> "2020-04-01";
                            case "NUMBER" -> "2";
                            case "CHOICE" -> field.getJsonArray("options").getString(0);
                            case "PHONE" -> "03-1234-5678";
                            case "EMAIL" -> "hanako@example.jp";
                            case "MY_NUMBER" -> "123456789018";
                            case "ACCOUNT" -> "1234567";
                            case "CHECKBOX" -> "true";
                            default -> "記入例";
                        });
            }
        }
        HttpResponse<String> saved = send(
                cookie,
                "PUT",
                "/api/pittari/applications/" + id + "/values",
                Json.createObjectBuilder().add("values", values).build().toString());
        assertThat(json(saved).getJsonArray("problems")).as(saved.body()).isEmpty();
        return id;
    }

    private String signature(String cardId, String password, byte[] content) throws Exception {
        try (CardSession card = login().readers().open(VirtualReaderTransport.READER_PREFIX + cardId)) {
            assertThat(card.verifyPin(PinKind.SIGN, password.toCharArray()).isOk())
                    .isTrue();
            byte[] cms = new ApplicationSigner(Clock.systemUTC())
                    .sign(content, card.readCertificate(CertificateKind.SIGN), DigestSigner.signingKeyOf(card));
            return "{\"signature\":\"" + Base64.getEncoder().encodeToString(cms) + "\"}";
        }
    }

    private byte[] dataToSign(String cookie, long id) throws Exception {
        return Base64.getDecoder()
                .decode(json(send(cookie, "GET", "/api/pittari/applications/" + id + "/signed-data", null))
                        .getString("content"));
    }

    @Test
    void japaneseFileNamesArriveIntactAsMultipartWithFilenameStarOrUtf8AndAsContentDisposition() throws Exception {
        String cookie = logIn("hanako", "1234");
        long id = draftWithAFileField(cookie);
        String field = fileField(cookie, id);

        String star = "form-data; name=\"file\"; filename=\"juminhyo.pdf\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode("住民票の写し.pdf", StandardCharsets.UTF_8);
        assertThat(attachMultipart(cookie, id, field, star).statusCode()).isEqualTo(204);
        assertThat(attachedNames(cookie, id, field)).contains("住民票の写し.pdf");

        String utf8 = "form-data; name=\"file\"; filename=\"在留カード（写し）.pdf\"";
        assertThat(attachMultipart(cookie, id, field, utf8).statusCode()).isEqualTo(204);
        assertThat(attachedNames(cookie, id, field)).contains("在留カード（写し）.pdf");

        HttpResponse<String> raw = http.send(
                HttpRequest.newBuilder(uri("/api/pittari/applications/" + id + "/attachments/" + field))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/pdf")
                        .header(
                                "Content-Disposition",
                                "attachment; filename*=UTF-8''"
                                        + java.net.URLEncoder.encode("戸籍謄本.pdf", StandardCharsets.UTF_8))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ApplicationServiceContract.PDF))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(204);
        assertThat(attachedNames(cookie, id, field)).contains("戸籍謄本.pdf");
    }

    @Test
    void aMultipartBodyWithoutTheFilePartIsA400() throws Exception {
        String cookie = logIn("hanako", "1234");
        HttpResponse<String> started =
                send(cookie, "POST", "/api/pittari/applications", "{\"procedureId\":" + signedProcedure() + "}");
        long id = json(started).getJsonNumber("id").longValue();

        HttpResponse<String> answer =
                attachMultipart(cookie, id, "any", "form-data; name=\"other\"; filename=\"a.pdf\"");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /** A draft of an online procedure of 千代田区 whose form has a FILE field: its id. */
    private long draftWithAFileField(String cookie) throws Exception {
        HttpResponse<String> list = send(null, "GET", "/api/pittari/procedures?lg=131016", null);
        List<Long> online;
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            online = reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(p -> p.getBoolean("online"))
                    .map(p -> p.getJsonNumber("id").longValue())
                    .toList();
        }
        for (long procedure : online) {
            HttpResponse<String> started =
                    send(cookie, "POST", "/api/pittari/applications", "{\"procedureId\":" + procedure + "}");
            long id = json(started).getJsonNumber("id").longValue();
            if (fileField(cookie, id) != null) {
                return id;
            }
        }
        throw new AssertionError("no online procedure of 千代田区 with a file field");
    }

    private String fileField(String cookie, long id) throws Exception {
        return json(send(cookie, "GET", "/api/pittari/applications/" + id, null)).getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> "FILE".equals(f.getString("type")))
                .map(f -> f.getString("key"))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> attachMultipart(String cookie, long id, String field, String disposition)
            throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--XyZzY\r\nContent-Disposition: " + disposition + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(ApplicationServiceContract.PDF);
        body.writeBytes("\r\n--XyZzY--\r\n".getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/pittari/applications/" + id + "/attachments/" + field))
                        .header("Cookie", cookie)
                        .header("Content-Type", "multipart/form-data; boundary=XyZzY")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> attachedNames(String cookie, long id, String field) throws Exception {
        return json(send(cookie, "GET", "/api/pittari/applications/" + id, null)).getJsonArray("attachments").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> field.equals(a.getString("field")))
                .map(a -> a.getString("fileName"))
                .toList();
    }

    @Test
    void submitsWithTheClientsSignatureOnceHoweverOftenItIsSent() throws Exception {
        String cookie = logIn("hanako", "1234");
        long id = filledDraft(cookie);
        String signed = signature("hanako", "HANAKO2025", dataToSign(cookie, id));
        HttpResponse<String> first = send(cookie, "POST", "/api/pittari/applications/" + id + "/submission", signed);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).getString("receiptNumber")).startsWith("131016-");
        assertThat(json(first).getBoolean("repeated")).isFalse();
        HttpResponse<String> again = send(cookie, "POST", "/api/pittari/applications/" + id + "/submission", signed);
        assertThat(json(again).getString("receiptNumber")).isEqualTo(json(first).getString("receiptNumber"));
        assertThat(json(again).getBoolean("repeated")).isTrue();
    }

    @Test
    void refusesASignatureOverOtherBytesThanTheApplication() throws Exception {
        String cookie = logIn("hanako", "1234");
        long id = filledDraft(cookie);
        byte[] content = dataToSign(cookie, id);
        content[content.length - 2] ^= 1;
        HttpResponse<String> refused = send(
                cookie,
                "POST",
                "/api/pittari/applications/" + id + "/submission",
                signature("hanako", "HANAKO2025", content));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).getString("result")).isEqualTo("SIGNATURE_INVALID");
        assertThat(json(refused).getString("message")).contains("電子署名");
    }

    @Test
    void refusesASignatureMadeWithSomeoneElsesCard() throws Exception {
        String cookie = logIn("hanako", "1234");
        long id = filledDraft(cookie);
        HttpResponse<String> refused = send(
                cookie,
                "POST",
                "/api/pittari/applications/" + id + "/submission",
                signature("taro", "TARO1972", dataToSign(cookie, id)));
        assertThat(json(refused).getString("result")).isEqualTo("SIGNER_NOT_APPLICANT");
    }

    @Test
    void anotherResidentsSessionFindsNothingUnderTheId() throws Exception {
        long id = filledDraft(logIn("hanako", "1234"));
        String taro = logIn("taro", "2345");
        assertThat(send(taro, "GET", "/api/pittari/applications/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(send(taro, "GET", "/api/pittari/applications/" + id + "/signed-data", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(taro, "PUT", "/api/pittari/applications/" + id + "/values", "{\"values\":{}}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void withoutALoginTheApiAnswersUnauthorized() throws Exception {
        assertThat(send(null, "POST", "/api/pittari/applications", "{\"procedureId\":1}")
                        .statusCode())
                .isEqualTo(401);
    }
}
