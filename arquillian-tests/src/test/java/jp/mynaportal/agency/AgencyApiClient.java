package jp.mynaportal.agency;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Sends agency API requests to a test deployment, signed or not, with the body that was signed or another. */
public final class AgencyApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private final URL portal;

    public AgencyApiClient(URL portal) {
        this.portal = portal;
    }

    /** The target the agency signs: the path below the portal's context root. */
    public static String target(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Signs the request with the signer and sends it. */
    public HttpResponse<String> send(AgencyRequestSigner signer, String method, String path, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return sendWithHeader(
                method, path, body, AgencyRequestSigner.SCHEME + " " + signer.sign(method, target(path), bytes));
    }

    /** Sends the request with the given Authorization header (or none). */
    public HttpResponse<String> sendWithHeader(String method, String path, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(portal.toString().replaceAll("/+$", "") + target(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
