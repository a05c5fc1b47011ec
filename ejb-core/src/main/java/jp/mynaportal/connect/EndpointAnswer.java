package jp.mynaportal.connect;

import java.util.Map;

/** What an endpoint of the OpenID Provider answers: status, headers (Content-Type among them), body. */
public record EndpointAnswer(int status, Map<String, String> headers, String body) {

    public EndpointAnswer {
        headers = Map.copyOf(headers);
    }
}
