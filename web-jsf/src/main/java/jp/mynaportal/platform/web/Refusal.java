package jp.mynaportal.platform.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The portal's own answer to a request it refuses before any page or service sees it (too large,
 * cross-site, malformed, too frequent): for the REST API ({@code /api/…}) an RFC 9457 problem
 * document {@code application/problem+json}, for everything else a short page in the visitor's
 * language (Japanese unless the browser asks for English). Never the container's page, never a
 * stack trace, never stored by a cache.
 */
public final class Refusal {

    /** Why a request was refused; each reason has a title and a text in the message bundles. */
    public enum Reason {
        BODY_TOO_LARGE(413),
        LENGTH_REQUIRED(411),
        TOO_MANY_PARAMETERS(400),
        MALFORMED(400),
        CROSS_SITE(403),
        TOO_MANY_REQUESTS(429),
        UNSUPPORTED_TYPE(415),
        NOT_ACCEPTABLE(406),
        NOT_FOUND(404),
        METHOD_NOT_ALLOWED(405),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        SERVER_ERROR(500);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The bundle key of the title; the text is {@code <key>.detail}. */
        public String messageKey() {
            return "platform.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The reason a status stands for, when only the status is known (e.g. a JAX-RS exception). */
        public static Reason of(int status) {
            for (Reason reason : values()) {
                if (reason.status == status && reason != TOO_MANY_PARAMETERS && reason != CROSS_SITE) {
                    return reason;
                }
            }
            return status >= 500 ? SERVER_ERROR : MALFORMED;
        }
    }

    static final String PROBLEM_JSON = "application/problem+json";

    private Refusal() {}

    /** Whether the request is one of the REST API's, which is answered in JSON. */
    public static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI(), request.getContextPath());
    }

    /** Whether a request address (with the context path) is one of the REST API's. */
    public static boolean isApi(String requestUri, String contextPath) {
        String path = requestUri.substring(Math.min(contextPath.length(), requestUri.length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The language of the answer: English when the client asks for it first, else Japanese. */
    public static Locale locale(String acceptLanguage) {
        return acceptLanguage != null
                        && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.JAPANESE;
    }

    /** The title and the text of a reason in the language the client asks for. */
    public static String[] texts(Reason reason, String acceptLanguage) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale(acceptLanguage));
        return new String[] {bundle.getString(reason.messageKey()), bundle.getString(reason.messageKey() + ".detail")};
    }

    /** The problem document of a reason (RFC 9457), in the language the client asks for. */
    public static String problem(Reason reason, String acceptLanguage) {
        String[] texts = texts(reason, acceptLanguage);
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", texts[0])
                .add("status", reason.status())
                .add("detail", texts[1])
                .add("result", reason.name())
                .build()
                .toString();
    }

    /**
     * Answers the request with the reason's status and text, unless the response is already on its
     * way. The connection is closed afterwards when the request's body was not read.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException {
        send(request, response, reason, Map.of());
    }

    /** {@link #send(HttpServletRequest, HttpServletResponse, Reason)} with more headers (e.g. {@code Retry-After}). */
    public static void send(
            HttpServletRequest request, HttpServletResponse response, Reason reason, Map<String, String> headers)
            throws IOException {
        send(request, response, reason, headers, isApi(request));
    }

    /**
     * Answers with the reason's problem document whatever the request's address: for the error
     * page the container shows after a REST request failed (whose own address is the error page's).
     */
    public static void sendProblem(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException {
        send(request, response, reason, Map.of(), true);
    }

    private static void send(
            HttpServletRequest request,
            HttpServletResponse response,
            Reason reason,
            Map<String, String> headers,
            boolean api)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        String connection = response.getHeader("Connection");
        response.reset();
        response.setStatus(reason.status());
        if (connection != null) {
            response.setHeader("Connection", connection);
        }
        headers.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        String acceptLanguage = request.getHeader("Accept-Language");
        byte[] body;
        if (api) {
            response.setContentType(PROBLEM_JSON);
            body = problem(reason, acceptLanguage).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = page(reason, acceptLanguage, request.getContextPath()).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A small page of the portal's own: the title, the text, and the way back to the top page. */
    static String page(Reason reason, String acceptLanguage, String contextPath) {
        String[] texts = texts(reason, acceptLanguage);
        Locale locale = locale(acceptLanguage);
        String back = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("error.back");
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(texts[0]) + "</title></head><body><main><h1>" + escape(texts[0])
                + "</h1><p>" + escape(texts[1]) + "</p><p><a href=\"" + escape(contextPath) + "/\">"
                + escape(back) + "</a></p></main></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
