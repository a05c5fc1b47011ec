package jp.mynaportal.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP requests to the deployed portal, outside any browser: no cookies, no session. */
public final class PortalHttp {

    private PortalHttp() {}

    /** A GET of {@code path} (starting with {@code /}) below the portal's address, its body as text. */
    public static HttpResponse<String> get(URL portal, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(portal.toExternalForm().replaceAll("/$", "") + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
