package jp.mynaportal.agency;

import java.util.Objects;

/**
 * What the portal received: the request's method, its target (the path below the portal's context
 * root with the query string, e.g. {@code /api/agency/links/check}) and the compact JWS of its
 * {@code Authorization: Agency …} header.
 */
public record AgencyRequest(String method, String target, String signature) {

    public AgencyRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
    }
}
