package jp.mynaportal.connect;

import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request to an endpoint of the OpenID Provider, as the web layer received it.
 *
 * @param method GET or POST
 * @param url the full request URL the client called
 * @param contentType the Content-Type header, or null
 * @param authorization the Authorization header, or null
 * @param body the body (form-encoded for the token endpoint), or null
 */
public record EndpointCall(String method, String url, String contentType, String authorization, String body) {

    public EndpointCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
    }

    /** The headers that a Nimbus request carries. */
    public Map<String, String> headers() {
        java.util.HashMap<String, String> headers = new java.util.HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return headers;
    }
}
