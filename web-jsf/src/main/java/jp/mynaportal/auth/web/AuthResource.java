package jp.mynaportal.auth.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.Challenge;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.platform.web.JsonFactories;

/**
 * Token login for clients that hold the card themselves: {@code GET /api/auth/challenge} gives a
 * challenge bound to the session; {@code POST /api/auth/token} takes
 * {@code {"challenge": "…", "authToken": {Web eID token}}} and logs the session in; {@code POST
 * /api/auth/logout} ends the session (as the pages' ログアウト does: recorded, the session and its
 * cookie invalid afterwards) and answers 204, also when there was no session.
 *
 * <p>One instance serves every request (its fields are the services and the request-scoped
 * {@link UserSession}'s proxy; the request and response are parameters): building and injecting a
 * resource per request was a measurable part of a token login.
 */
@ApplicationScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private UserSession userSession;

    @GET
    @Path("challenge")
    public JsonObject challenge(@Context HttpServletRequest request) {
        Challenge challenge =
                authentication.issueChallenge(request.getSession(true).getId());
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("challenge", challenge.nonce())
                .add("expiresAt", challenge.expiresAt().toString())
                .build();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response token(JsonObject body, @Context HttpServletRequest request, @Context HttpServletResponse response) {
        String challenge = OutcomeJson.string(body, "challenge");
        String tokenJson = OutcomeJson.authToken(body);
        LoginResult result = authentication.openSessionWithToken(
                request.getSession(true).getId(), challenge, tokenJson, request.getRemoteAddr());
        if (!result.succeeded() || !userSession.begin(result.ticket(), request, response)) {
            LoginOutcome refused = result.succeeded() ? LoginOutcome.CHALLENGE_UNKNOWN : result.outcome();
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(OutcomeJson.of(refused, request))
                    .build();
        }
        return Response.ok(JsonFactories.BUILDERS
                        .createObjectBuilder(OutcomeJson.of(LoginOutcome.SUCCESS, request))
                        .add("registered", userSession.isRegistered())
                        .build())
                .build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        userSession.end();
        return Response.noContent().build();
    }
}
