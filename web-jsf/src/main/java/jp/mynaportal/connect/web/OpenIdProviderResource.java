package jp.mynaportal.connect.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynaportal.connect.EndpointAnswer;
import jp.mynaportal.connect.EndpointCall;
import jp.mynaportal.connect.OpenIdProvider;

/**
 * The sites' endpoints of the OpenID Provider: JWKS, token (form POST, the site authenticating
 * itself) and userinfo (bearer token). The bodies are bounded: a token request is a few hundred
 * bytes, so anything above 16 KiB is refused before any work.
 */
@Path("connect")
public class OpenIdProviderResource {

    private static final int MAX_BODY = 16 * 1024;

    @Inject
    private OpenIdProvider provider;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("jwks")
    @Produces("application/jwk-set+json")
    public Response jwks() {
        return Response.ok(provider.jwks())
                .header("Cache-Control", "max-age=300")
                .build();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(String body, @Context HttpHeaders headers) {
        if (body != null && body.length() > MAX_BODY) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
        }
        return respond(provider.token(call("POST", body, headers), PortalAddress.of(request)));
    }

    @GET
    @Path("userinfo")
    public Response userInfo(@Context HttpHeaders headers) {
        return respond(provider.userInfo(call("GET", null, headers)));
    }

    @POST
    @Path("userinfo")
    public Response userInfoByPost(@Context HttpHeaders headers) {
        return respond(provider.userInfo(call("POST", null, headers)));
    }

    private EndpointCall call(String method, String body, HttpHeaders headers) {
        return new EndpointCall(
                method,
                request.getRequestURL().toString(),
                headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                body);
    }

    private static Response respond(EndpointAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }
}
