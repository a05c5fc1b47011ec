package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
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
 * The input rules on every form of every function: each page of the portal is opened as a visitor,
 * a card holder before 利用者登録 (taro, whose registration, if another test made one, is deleted
 * first), a resident and counter staff; every form with a text field is sent with bad input in each of its
 * text fields (a control character, NUL, 10,000 characters, only full-width spaces), and the answer
 * must be the page again with a message beside a field (not a 500, not the system error page, not a
 * page that went on). Pages added later are walked too (they are found in the sources).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputRulesIT {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final String MESSAGE = "使えない文字（制御文字など）が含まれています";
    private static final Pattern FIELD_MESSAGE = Pattern.compile("class=\"field__error\"[^>]*>[^<]*\\S[^<]*<");
    private static final String SYSTEM_ERROR = "ただいま処理できませんでした";

    @ArquillianResource
    private URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void freshCards() {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(Path.of("data", "pki"));
        for (String[] card : new String[][] {{"ken", "4567"}, {"staff-chiyoda", "5678"}, {"taro", "2345"}}) {
            pki.resetPin(
                    new CardFile(Path.of("data", "cards", card[0] + CardFile.EXTENSION)),
                    PinKind.AUTH,
                    card[1].toCharArray());
        }
    }

    @Test
    void everyTextFieldOfEveryFormRefusesAControlCharacterBesideTheField() throws Exception {
        List<String> walked = new ArrayList<>();
        assertThat(sendToEveryForm("ab\u0001cd", answer -> answer.contains(MESSAGE), walked))
                .isEmpty();
        assertThat(walked).as("forms with text fields").hasSizeGreaterThan(5);
    }

    @Test
    void everyTextFieldOfEveryFormRefusesNulBesideTheField() throws Exception {
        assertThat(sendToEveryForm("ab\u0000cd", answer -> answer.contains(MESSAGE), new ArrayList<>()))
                .isEmpty();
    }

    @Test
    void everyFormAnswersTenThousandCharactersWithAMessageBesideAField() throws Exception {
        assertThat(sendToEveryForm(
                        "あ".repeat(10_000),
                        answer -> FIELD_MESSAGE.matcher(answer).find(),
                        new ArrayList<>()))
                .isEmpty();
    }

    @Test
    void everyFormAnswersOnlyFullWidthSpacesWithoutTheSystemError() throws Exception {
        // blank after trimming: a required field says so beside it, an optional one is simply empty
        assertThat(sendToEveryForm("\u3000\u3000\u3000", answer -> !answer.contains(SYSTEM_ERROR), new ArrayList<>()))
                .isEmpty();
    }

    /**
     * Sends {@code bad} in every text field of every form of every page, as a visitor, a resident
     * and counter staff, and returns what went wrong: a 5xx, or an answer that {@code answered}
     * does not accept.
     */
    private List<String> sendToEveryForm(String bad, java.util.function.Predicate<String> answered, List<String> walked)
            throws Exception {
        RawHttp raw = new RawHttp(portal);
        String origin = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();
        List<String> failures = new ArrayList<>();
        for (String session : sessions()) {
            for (String page : PortalPages.all()) {
                String cookie = session;
                RawHttp.Answer shown =
                        raw.send("GET", page, cookie == null ? "" : "Cookie: " + cookie + "\r\n", new byte[0]);
                if (cookie == null && shown.header("Set-Cookie") != null) {
                    cookie = shown.header("Set-Cookie").split(";", 2)[0];
                }
                Matcher form = FORM.matcher(shown.body());
                while (form.find()) {
                    String action = attribute(form.group(1), "action");
                    String method = attribute(form.group(1), "method");
                    if (action == null || !action.startsWith("/") || !"post".equalsIgnoreCase(method)) {
                        continue;
                    }
                    List<String> fields = new ArrayList<>();
                    String button = null;
                    boolean text = false;
                    Matcher field = FIELD.matcher(form.group(2));
                    while (field.find()) {
                        String name = attribute(field.group(2), "name");
                        String type = attribute(field.group(2), "type");
                        String value = attribute(field.group(2), "value");
                        if (name == null) {
                            continue;
                        }
                        boolean textual = field.group(1).equals("textarea")
                                || field.group(1).equals("input")
                                        && (type == null
                                                || List.of("text", "password", "email", "tel", "search", "url")
                                                        .contains(type));
                        if (textual) {
                            text = true;
                            fields.add(name + "=" + encode(bad));
                        } else if ("hidden".equals(type)) {
                            fields.add(name + "=" + encode(value == null ? "" : value));
                        } else if ((field.group(1).equals("button") || "submit".equals(type)) && button == null) {
                            button = name + "=" + encode(value == null ? "" : value);
                        }
                    }
                    if (!text || button == null) {
                        continue;
                    }
                    fields.add(button);
                    boolean multipart = "multipart/form-data".equals(attribute(form.group(1), "enctype"));
                    byte[] body = multipart
                            ? multipart(fields).getBytes(StandardCharsets.UTF_8)
                            : String.join("&", fields).getBytes(StandardCharsets.UTF_8);
                    String headers = "Origin: " + origin + "\r\n"
                            + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                            + "Content-Type: "
                            + (multipart
                                    ? "multipart/form-data; boundary=" + BOUNDARY
                                    : "application/x-www-form-urlencoded")
                            + "\r\nContent-Length: " + body.length + "\r\n";
                    String request =
                            page + " form " + attribute(form.group(1), "id") + (session == null ? " (visitor)" : "");
                    walked.add(request);
                    RawHttp.Answer answer =
                            raw.send(raw.head("POST", action.replace("&amp;", "&"), headers), body, null);
                    if (answer.status() >= 500 || answer.status() < 0) {
                        failures.add(answer.status() + " for " + request);
                    } else if (!answered.test(answer.body())) {
                        failures.add("no message beside a field for " + request + " (" + answer.status() + ")");
                    }
                }
            }
        }
        return failures;
    }

    /** The sessions of the walkers, logged in once for the class (bad input changes none of them). */
    private static List<String> sessions;

    /**
     * The sessions the forms are sent in: a visitor (none), a card holder before 利用者登録 (whose
     * only form is 利用者登録's), a resident and counter staff.
     */
    private List<String> sessions() throws Exception {
        if (sessions == null) {
            TokenLogin login = new TokenLogin(portal.toExternalForm());
            List<String> walkers = new ArrayList<>();
            walkers.add(null);
            walkers.add(login.logInUnregistered("taro", "2345"));
            walkers.add(login.logInRegistered("ken", "4567", "けん"));
            walkers.add(login.logInRegistered("staff-chiyoda", "5678", "窓口"));
            sessions = walkers;
        }
        return sessions;
    }

    private static final String BOUNDARY = "InputRulesBoundary";

    /** The same fields as a multipart body (the form of a page with a file upload). */
    private static String multipart(List<String> fields) {
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            String[] pair = field.split("=", 2);
            body.append("--")
                    .append(BOUNDARY)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(java.net.URLDecoder.decode(pair[0], StandardCharsets.UTF_8))
                    .append("\"\r\n\r\n")
                    .append(java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                    .append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static String attribute(String attributes, String name) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equals(name)) {
                return attribute.group(2).replace("&amp;", "&").replace("&quot;", "\"");
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
