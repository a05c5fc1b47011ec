package jp.mynaportal.account.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.auth.web.UserSession;

/**
 * 利用者登録 for clients that logged in with a token: {@code POST /api/account/registration} takes
 * {@code {"termsAccepted": true, "nickname": "…", "email": "…"}}, registers the caller and
 * authenticates the session again as a resident (the answer carries the renewed session cookie).
 */
@Path("account/registration")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession userSession;

    @Inject
    private Validator validator;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body) {
        if (body == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        Registration registration = new Registration();
        registration.setTermsAccepted(body.get("termsAccepted") == JsonValue.TRUE);
        registration.setNickname(body.get("nickname") instanceof JsonString s ? s.getString() : null);
        registration.setEmail(body.get("email") instanceof JsonString s ? s.getString() : null);
        Set<ConstraintViolation<Registration>> problems = validator.validate(registration);
        if (!problems.isEmpty()) {
            var messages = Json.createArrayBuilder();
            problems.forEach(p -> messages.add(Json.createObjectBuilder()
                    .add("field", p.getPropertyPath().toString())
                    .add("message", p.getMessage())));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Json.createObjectBuilder().add("problems", messages).build())
                    .build();
        }
        try {
            accounts.register(registration, request.getRemoteAddr());
        } catch (AccountException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(Json.createObjectBuilder()
                            .add("result", e.messageKey())
                            .build())
                    .build();
        }
        userSession.renew(request, response);
        return Response.ok(Json.createObjectBuilder().add("registered", true).build())
                .build();
    }
}
