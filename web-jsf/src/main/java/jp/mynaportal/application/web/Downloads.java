package jp.mynaportal.application.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a file as a download that no cache keeps, with a name that survives any browser. */
final class Downloads {

    private Downloads() {}

    static void send(HttpServletResponse response, String fileName, String contentType, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename=\"download\"; filename*=UTF-8''" + encoded);
        response.getOutputStream().write(content);
    }

    /** The numeric id parameter, or -1. */
    static long id(HttpServletRequest request) {
        try {
            String id = request.getParameter("id");
            return id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
