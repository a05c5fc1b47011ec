package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * A fuzz test with a fixed seed: a bounded number of malformed and hostile requests (wrong
 * methods, broken percent-encoding, repeated and huge parameters, control characters, malformed
 * and wrongly shaped JSON, garbage view states, wrong media types, cross-site origins), anonymous
 * and logged in, to every page of the portal and every REST endpoint (found in the sources, so
 * that endpoints added later are covered too). No answer may be a 500 or name the server's
 * insides, a refused REST request is answered in JSON (never a page), a refused
 * request stores nothing (a draft of the resident's that the requests aim at stays
 * as it was), and the portal still serves its top page afterwards. The number of requests is {@code
 * -Dmynaportal.test.fuzz.requests} (1,500 by default), the seed {@code -Dmynaportal.test.fuzz.seed}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    private static final Path SOURCES = Path.of("..", "web-jsf", "src", "main", "java");

    /**
     * What a stack trace, a container page or an internal file shows ({@code WEB-INF/} with a real
     * slash: the hostile values below ask for it percent-encoded, and pages echo their own address).
     */
    private static final Pattern INSIDES = Pattern.compile(
            "Exception|\\bat (jp|java|jakarta|org|com|fish)\\.|payara|glassfish|grizzly|eclipselink|WEB-INF/"
                    + "|<web-app|<faces-config",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z-]+)=\"([^\"]*)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");
    private static final Pattern ONLINE_PROCEDURE = Pattern.compile("\"id\":(\\d+)[^{}]*\"online\":true");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=zz",
        "text/plain",
        "application/pdf",
        "application/xml",
        "",
        "application/json; charset=Shift_JIS"
    };
    private static final String[] ODD_VALUES = {
        "%zz",
        "%ff%fe",
        "%00",
        "%0d%0aSet-Cookie:x=y",
        "1.5",
        "-1",
        "99999999999999999999",
        "1e309",
        "NaN",
        "%E3%81%82",
        "%F0%9F%98%80",
        "%ED%A0%BD",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "'%20OR%201=1--",
        "..%2F..%2FWEB-INF%2Fweb.xml",
        "%C0%AE%C0%AE",
        "x".repeat(3000),
        ""
    };
    private static final String[] BODIES = {
        "{",
        "[]",
        "[1,2,3]",
        "\"text\"",
        "null",
        "{\"values\":[]}",
        "{\"values\":{\"a\":1}}",
        "{\"procedureId\":1.5}",
        "{\"procedureId\":\"1\"}",
        "{\"challenge\":null,\"authToken\":[]}",
        "{\"a\":\"\\u0000\"}",
        "{\"nickname\":\"\\ud83d\"}",
        "jakarta.faces.ViewState=stateless&x=1",
        "jakarta.faces.ViewState=-1234%3A5678&jakarta.faces.source=x&jakarta.faces.partial.ajax=true",
        "--zz\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.pdf\"\r\n\r\n%PDF\r\n--zz--\r\n",
        "--zz\r\nbroken",
        "%PDF-1.4 garbage",
        "<?xml version=\"1.0\"?><a/>",
        "\u0000\u0001\u0002"
    };

    @ArquillianResource
    private URL portal;

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @BeforeEach
    void freshCard() {
        DevelopmentPki.openOrCreate(Path.of("data", "pki"))
                .resetPin(
                        new CardFile(Path.of("data", "cards", "ken" + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        "4567".toCharArray());
    }

    @Test
    void noHostileRequestGetsA500OrAStackTraceAndThePortalStillServes() throws Exception {
        RawHttp raw = new RawHttp(portal);
        TokenLogin login = new TokenLogin(portal.toExternalForm());
        String cookie = login.logInRegistered("ken", "4567", "けん");
        String origin = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();
        // a draft of ken's that a third of the addresses with an id point at: a request that is
        // refused must leave it (its values, attachments and state) exactly as it was
        String draft = startDraft(raw, cookie, origin);
        String stored = draftAsStored(raw, cookie, draft);
        List<String> targets = new ArrayList<>(PortalPages.all());
        targets.addAll(restEndpoints());
        Random random = new Random(Long.getLong("mynaportal.test.fuzz.seed", 20261202L));
        int requests = Integer.getInteger("mynaportal.test.fuzz.requests", 1500);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requests && failures.size() < 60; i++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String target = PLACEHOLDER
                    .matcher(targets.get(random.nextInt(targets.size())))
                    .replaceAll(placeholder -> Matcher.quoteReplacement(
                            placeholder.group().equals("{id}") && random.nextInt(3) == 0
                                    ? draft
                                    : pick(random, ODD_VALUES)));
            if (random.nextInt(3) == 0) {
                target += "?" + query(random);
            }
            StringBuilder headers = new StringBuilder();
            boolean asKen = random.nextBoolean();
            if (asKen) {
                headers.append("Cookie: ").append(cookie).append("\r\n");
            }
            switch (random.nextInt(4)) {
                case 0 -> headers.append("Origin: ").append(origin).append("\r\n");
                case 1 -> headers.append("Origin: http://evil.example\r\n");
                case 2 -> headers.append("Sec-Fetch-Site: same-site\r\n");
                default -> {}
            }
            if (random.nextInt(4) == 0) {
                headers.append("Accept: ")
                        .append(random.nextBoolean() ? "application/xml" : "*/*")
                        .append("\r\n");
            }
            if (random.nextInt(4) == 0) {
                headers.append("Faces-Request: partial/ajax\r\n");
            }
            byte[] body = new byte[0];
            // a GET or HEAD with a body now and then: the HTTP layer lets it through to the portal
            if (!method.equals("GET") && !method.equals("HEAD") || random.nextInt(5) == 0) {
                String type = pick(random, CONTENT_TYPES);
                if (!type.isEmpty()) {
                    headers.append("Content-Type: ").append(type).append("\r\n");
                }
                body = pick(random, BODIES).getBytes(StandardCharsets.UTF_8);
                headers.append("Content-Length: ").append(body.length).append("\r\n");
            }
            String head = raw.head(method, target, headers.toString());
            RawHttp.Answer answer = raw.send(head, body, null);
            check(answer, method + " " + abbreviate(target), failures);
            if (target.startsWith("/api/") && answer.status() >= 400 && pageOrTextForRest(answer)) {
                failures.add("a page or text, not JSON, in the " + answer.status() + " for " + method + " "
                        + abbreviate(target) + ": " + answer.header("Content-Type"));
            }
            if (asKen && !SAFE_METHODS.contains(method)) {
                String now = draftAsStored(raw, cookie, draft);
                if (now == null) {
                    // the request ended ken's session (a logout): the draft is read in a new one
                    cookie = login.logInRegistered("ken", "4567", "けん");
                    now = draftAsStored(raw, cookie, draft);
                }
                if (answer.status() >= 400 && !now.equals(stored)) {
                    failures.add("the refused " + method + " " + abbreviate(target) + " (" + answer.status()
                            + ") changed the draft: " + stored + " → " + now);
                }
                stored = now;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(raw.send("GET", "/index.xhtml", "", new byte[0]).status()).isEqualTo(200);
    }

    /**
     * Every form of every page as a browser gets it (anonymous and logged in, with its real view
     * state and buttons), sent back with hostile values in its fields (control characters, broken
     * UTF-8, lone surrogates, very long text, numbers that overflow), as a full post or as the
     * page's Ajax request: no answer is a 500 or shows the server's insides, and the portal still
     * serves afterwards; as a visitor, a resident and counter staff. The number of posts is {@code
     * -Dmynaportal.test.fuzz.form-requests} (600).
     */
    @Test
    void noPageFormFilledWithHostileValuesGetsA500OrAStackTrace() throws Exception {
        RawHttp raw = new RawHttp(portal);
        TokenLogin login = new TokenLogin(portal.toExternalForm());
        String resident = login.logInRegistered("ken", "4567", "けん");
        DevelopmentPki.openOrCreate(Path.of("data", "pki"))
                .resetPin(
                        new CardFile(Path.of("data", "cards", "staff-chiyoda" + CardFile.EXTENSION)),
                        PinKind.AUTH,
                        "5678".toCharArray());
        String staff = login.logInRegistered("staff-chiyoda", "5678", "窓口");
        String origin = portal.getProtocol() + "://" + portal.getHost() + ":" + portal.getPort();
        Random random = new Random(Long.getLong("mynaportal.test.fuzz.seed", 20261202L) + 1);
        int requests = Integer.getInteger("mynaportal.test.fuzz.form-requests", 600);
        List<String> pages = PortalPages.all();
        List<String> failures = new ArrayList<>();
        int forms = 0;
        for (int i = 0; i < requests && failures.size() < 60; i++) {
            String page = pages.get(random.nextInt(pages.size()));
            String session = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> staff;
                default -> resident;
            };
            String sessionHeader = session == null ? "" : "Cookie: " + session + "\r\n";
            RawHttp.Answer shown = raw.send("GET", page, sessionHeader, new byte[0]);
            String pageCookie = session;
            String issued = shown.header("Set-Cookie");
            if (issued != null && pageCookie == null) {
                pageCookie = issued.split(";", 2)[0];
            }
            List<String[]> found = new ArrayList<>();
            Matcher form = FORM.matcher(shown.body());
            while (form.find()) {
                found.add(new String[] {form.group(1), form.group(2)});
            }
            if (found.isEmpty()) {
                continue;
            }
            forms++;
            String[] chosen = found.get(random.nextInt(found.size()));
            String action = attribute(chosen[0], "action");
            String formId = attribute(chosen[0], "id");
            if (action == null || !action.startsWith("/")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            List<String> buttons = new ArrayList<>();
            // what the fields were sent with comes back in them (a form keeps what was typed)
            List<String> echoes = new ArrayList<>();
            Matcher field = FIELD.matcher(chosen[1]);
            while (field.find()) {
                String name = attribute(field.group(2), "name");
                if (name == null) {
                    continue;
                }
                String type = attribute(field.group(2), "type");
                String value = attribute(field.group(2), "value");
                if (field.group(1).equals("button") || "submit".equals(type)) {
                    buttons.add(name + "=" + encode(value == null ? "" : value));
                } else if (name.equals("jakarta.faces.ViewState") || "hidden".equals(type)) {
                    fields.add(name + "=" + encode(value == null ? "" : value));
                } else {
                    String sent =
                            random.nextInt(3) == 0 ? encode(value == null ? "" : value) : pick(random, ODD_VALUES);
                    fields.add(name + "=" + sent);
                    echoes.add(decoded(sent));
                }
            }
            StringBuilder body = new StringBuilder(String.join("&", fields));
            StringBuilder headers = new StringBuilder("Origin: ").append(origin).append("\r\n");
            if (pageCookie != null) {
                headers.append("Cookie: ").append(pageCookie).append("\r\n");
            }
            if (!buttons.isEmpty()) {
                String button = buttons.get(random.nextInt(buttons.size()));
                body.append(body.length() == 0 ? "" : "&").append(button);
                if (random.nextBoolean() && formId != null) {
                    String source = button.split("=", 2)[0];
                    body.append("&jakarta.faces.partial.ajax=true&jakarta.faces.source=")
                            .append(encode(source))
                            .append("&jakarta.faces.partial.execute=")
                            .append(encode(formId))
                            .append("&jakarta.faces.partial.render=")
                            .append(encode(formId));
                    headers.append("Faces-Request: partial/ajax\r\n");
                }
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            headers.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ")
                    .append(bytes.length)
                    .append("\r\n");
            String target = action.replace("&amp;", "&");
            RawHttp.Answer answer = raw.send(raw.head("POST", target, headers.toString()), bytes, null);
            check(answer, "POST " + abbreviate(target) + " (form " + formId + ")", failures, echoes);
        }
        assertThat(failures).isEmpty();
        assertThat(forms).as("pages with forms").isPositive();
        assertThat(raw.send("GET", "/index.xhtml", "", new byte[0]).status()).isEqualTo(200);
    }

    /**
     * Whether a refusal of a REST request is a page or text rather than JSON (a problem document,
     * or the agency API's own error document). An answer without a body passes: the HTTP layer
     * refuses a request it cannot parse (a request line too long, an address that is not UTF-8)
     * with an empty 400 before the portal sees it (docs/ARCHITECTURE.md, "Requests the HTTP layer
     * answers"; a body on a GET, HEAD or DELETE now reaches the portal and gets its problem document).
     */
    private static boolean pageOrTextForRest(RawHttp.Answer answer) {
        String type = answer.header("Content-Type") == null
                ? ""
                : answer.header("Content-Type").toLowerCase(java.util.Locale.ROOT);
        boolean json = type.startsWith("application/problem+json") || type.startsWith("application/json");
        return type.startsWith("text/html") || !answer.body().isBlank() && !json;
    }

    /** A new draft of ken's of an online procedure of 千代田区, by its id. */
    private static String startDraft(RawHttp raw, String cookie, String origin) throws IOException {
        RawHttp.Answer procedures = raw.send("GET", "/api/pittari/procedures?lg=131016", "", new byte[0]);
        Matcher online = ONLINE_PROCEDURE.matcher(procedures.body());
        assertThat(online.find()).as("an online procedure of 千代田区").isTrue();
        byte[] body = ("{\"procedureId\":" + online.group(1) + "}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer started = raw.send(
                "POST",
                "/api/pittari/applications",
                "Cookie: " + cookie + "\r\nOrigin: " + origin + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n",
                body);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(started.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /**
     * The draft as the portal has it stored: its fields, values, attachments and state; null when
     * the session has ended.
     */
    private static String draftAsStored(RawHttp raw, String cookie, String draft) throws IOException {
        RawHttp.Answer form =
                raw.send("GET", "/api/pittari/applications/" + draft, "Cookie: " + cookie + "\r\n", new byte[0]);
        if (form.status() == 401) {
            return null;
        }
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        return form.body();
    }

    /** No 500 (a 503 is the database's), no answer cut off, nothing of the server's insides. */
    private static void check(RawHttp.Answer answer, String request, List<String> failures) {
        check(answer, request, failures, List.of());
    }

    /**
     * As {@link #check(RawHttp.Answer, String, List)}, where the answer may show the values the
     * request sent (a form keeps what was typed, escaped): those are not the server's insides.
     */
    private static void check(RawHttp.Answer answer, String request, List<String> failures, List<String> echoes) {
        if (answer.status() >= 500 && answer.status() != 503 || answer.status() < 0) {
            failures.add(answer.status() + " for " + request);
            return;
        }
        String body = answer.body();
        for (String echo : echoes) {
            if (echo != null && !echo.isBlank()) {
                body = body.replace(escaped(echo), "").replace(echo, "");
            }
        }
        Matcher insides = INSIDES.matcher(body);
        if (insides.find()) {
            failures.add("insides in the answer to " + request + ": …"
                    + body.substring(Math.max(0, insides.start() - 100), Math.min(body.length(), insides.end() + 100))
                    + "…");
        }
    }

    /** A sent form value as the server read it, or null when it is not decodable. */
    private static String decoded(String sent) {
        try {
            return java.net.URLDecoder.decode(sent, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String attribute(String attributes, String name) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equals(name)) {
                return attribute
                        .group(2)
                        .replace("&amp;", "&")
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">");
            }
        }
        return null;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String query(Random random) {
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(4) == 0 ? 150 : 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&")
                    .append(random.nextBoolean() ? "p" : "id")
                    .append('=')
                    .append(pick(random, ODD_VALUES));
        }
        return query.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Every REST endpoint, from the {@code @Path} annotations of the web module's sources. */
    static List<String> restEndpoints() throws IOException {
        Pattern classPath = Pattern.compile("@Path\\(\"([^\"]*)\"\\)\\s*(?:@[^\\n]*\\s*)*public class");
        Pattern methodPath = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
        TreeSet<String> endpoints = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher resource = classPath.matcher(source);
                if (!resource.find()) {
                    continue;
                }
                String base = "/api/" + resource.group(1).replaceAll("^/|/$", "");
                endpoints.add(base);
                Matcher method = methodPath.matcher(source.substring(resource.end()));
                while (method.find()) {
                    endpoints.add(base + "/" + method.group(1).replaceAll("^/|/$", ""));
                }
            }
        }
        assertThat(endpoints).contains("/api/auth/token", "/api/pittari/applications");
        return List.copyOf(endpoints);
    }
}
