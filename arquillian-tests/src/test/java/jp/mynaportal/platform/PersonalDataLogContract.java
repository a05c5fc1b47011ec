package jp.mynaportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.support.Callers;
import jp.mynaportal.support.CurrentExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No personal data in the server log: inside Payara Micro, everything logged while a resident logs
 * in (and fails to), fills in an application with their name, address, birth date and My Number
 * (with values that are refused: too long, control characters), and while malformed requests
 * carrying the same data reach the REST API and the pages, is captured and searched for the demo
 * resident's name, address, birth date, My Number, passwords and the session and login tokens.
 */
abstract class PersonalDataLogContract {

    private static final String NAME = "山田 花子";
    private static final String ADDRESS = "東京都千代田区霞が関二丁目1番2号";
    private static final String BIRTH_DATE = "1985-04-12";
    private static final String MY_NUMBER = "123456789018";
    private static final String SIGN_PASSWORD = "HANAKO2025";

    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private Handler capture;

    @BeforeEach
    void captureTheLog() {
        SimpleFormatter format = new SimpleFormatter();
        capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                logged.add(format.format(entry));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseTheLog() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void loginsApplicationsAndRefusedRequestsLeaveNoPersonalDataInTheLog() throws Exception {
        AuthenticationService authentication =
                CDI.current().select(AuthenticationService.class).get();
        String session = UUID.randomUUID().toString();
        authentication.loginWithCard(session, Callers.READER + "hanako", "9999".toCharArray(), "127.0.0.1");
        Callers.logInRegistered("hanako", "1234", "はなこ");
        String ticket = authentication.renewTicket();

        ApplicationService applications =
                CDI.current().select(ApplicationService.class).get();
        long draft = draft(applications);
        Map<String, String> values = new HashMap<>();
        for (FieldSpec field : applications.open(draft).fields()) {
            values.put(
                    field.key(),
                    switch (field.type()) {
                        case MY_NUMBER -> MY_NUMBER;
                        case ADDRESS -> ADDRESS;
                        case DATE -> BIRTH_DATE;
                        default -> NAME + "\u0000" + "あ".repeat(150_000);
                    });
        }
        applications.save(draft, values);
        try {
            applications.signAndSubmit(draft, Callers.READER + "hanako", SIGN_PASSWORD.toCharArray(), "127.0.0.1");
        } catch (ApplicationException refused) {
            // the form is not valid: refused, as it should be
        }

        String personal = "{\"challenge\":\"" + NAME + "\",\"authToken\":[\"" + MY_NUMBER + "\",\"" + ADDRESS + "\"]}";
        for (String[] request : new String[][] {
            {"POST", "/api/auth/token", "application/json", personal},
            {"POST", "/api/auth/token", "application/json", "{\"challenge\":\"" + NAME},
            {"PUT", "/api/pittari/applications/" + draft + "/values", "application/json", personal},
            {"POST", "/api/account/registration", "application/json", "{\"nickname\":\"" + NAME + "\u0000\"}"},
            {
                "GET",
                "/pittari/search.xhtml?q=" + java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8) + "%00",
                null,
                null
            },
            {
                "POST",
                "/auth/login.xhtml",
                "application/x-www-form-urlencoded",
                "jakarta.faces.ViewState=stale&pin=" + SIGN_PASSWORD + "&name="
                        + java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8)
            }
        }) {
            send(request[0], request[1], request[2], request[3]);
        }

        String log = String.join("\n", logged);
        assertThat(logged).as("the capture saw the portal's log").isNotEmpty();
        for (String secret :
                List.of(NAME, "山田", "花子", ADDRESS, "霞が関", BIRTH_DATE, MY_NUMBER, SIGN_PASSWORD, session, ticket)) {
            assertThat(log).as("the log holds %s", secret).doesNotContain(secret);
        }
    }

    private static long draft(ApplicationService applications) {
        PittariCatalogueService catalogue =
                CDI.current().select(PittariCatalogueService.class).get();
        for (ProcedureSummary p : catalogue.findByCategories("131016", EnumSet.allOf(ProcedureCategory.class))) {
            if (p.online()) {
                return applications
                        .start(List.of(PittariProcedures.ref(p.id())))
                        .get(0);
            }
        }
        throw new AssertionError("no online procedure in 千代田区");
    }

    private static void send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CurrentExchange.portalAddress() + path))
                .timeout(Duration.ofSeconds(Integer.getInteger("mynaportal.test.http-timeout-seconds", 60)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
