package jp.mynaportal.auth.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.PhoneLoginCode;
import jp.mynaportal.auth.PhoneLoginProgress;
import jp.mynaportal.auth.PhoneLoginService;

/**
 * スマートフォンでログイン over REST. The phone: {@code POST /api/auth/phone/{id}/confirm} with
 * {@code {"authToken": {Web eID token}}} for the challenge in the QR code (no session of its own).
 * The browser (the login page does the same through Faces): {@code POST /api/auth/phone} opens a
 * request for its session, {@code POST /api/auth/phone/{id}/collect} logs the session in once the
 * phone confirmed.
 */
@Path("auth/phone")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneLoginResource {

    @Inject
    private PhoneLoginService phoneLogin;

    @Inject
    private UserSession userSession;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    public JsonObject start() {
        PhoneLoginCode code = phoneLogin.start(request.getSession(true).getId());
        return Json.createObjectBuilder()
                .add("requestId", code.requestId())
                .add("qr", PhoneLoginLink.of(request, code))
                .add("expiresAt", code.expiresAt().toString())
                .build();
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String requestId, JsonObject body) {
        LoginOutcome outcome = phoneLogin.confirm(requestId, OutcomeJson.authToken(body), request.getRemoteAddr());
        Response.Status status = switch (outcome) {
            case SUCCESS -> Response.Status.OK;
            case CHALLENGE_UNKNOWN -> Response.Status.NOT_FOUND;
            case CHALLENGE_REPLAYED, CHALLENGE_EXPIRED, REQUEST_ENDED -> Response.Status.GONE;
            default -> Response.Status.UNAUTHORIZED;
        };
        return Response.status(status).entity(OutcomeJson.of(outcome, request)).build();
    }

    @POST
    @Path("{id}/collect")
    public Response collect(@PathParam("id") String requestId) {
        HttpSession session = request.getSession(false);
        PhoneLoginProgress progress = session == null
                ? PhoneLoginProgress.of(PhoneLoginProgress.State.UNKNOWN)
                : phoneLogin.collect(requestId, session.getId());
        PhoneLoginProgress.State state = progress.state();
        if (state == PhoneLoginProgress.State.LOGGED_IN && !userSession.begin(progress.ticket(), request, response)) {
            state = PhoneLoginProgress.State.UNKNOWN;
        }
        Response.Status status = switch (state) {
            case LOGGED_IN, WAITING -> Response.Status.OK;
            case EXPIRED -> Response.Status.GONE;
            case UNKNOWN -> Response.Status.NOT_FOUND;
        };
        return Response.status(status)
                .entity(Json.createObjectBuilder().add("state", state.name()).build())
                .build();
    }
}
