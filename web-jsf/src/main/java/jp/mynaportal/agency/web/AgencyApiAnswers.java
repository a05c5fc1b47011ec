package jp.mynaportal.agency.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The JSON error answers of the agency API: {@code {"error": "<CODE>"}} with its status. */
final class AgencyApiAnswers {

    private AgencyApiAnswers() {}

    static void error(HttpServletResponse response, int status, String code) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Agency");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Json.createWriter(response.getWriter())
                .writeObject(Json.createObjectBuilder().add("error", code).build());
        response.flushBuffer();
    }
}
