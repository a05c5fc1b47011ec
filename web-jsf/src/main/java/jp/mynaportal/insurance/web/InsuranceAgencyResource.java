package jp.mynaportal.insurance.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.insurance.Eligibility;
import jp.mynaportal.insurance.EligibilityChallenge;
import jp.mynaportal.insurance.EligibilityService;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.insurance.InsurerService;
import jp.mynaportal.insurance.PendingRegistration;

/**
 * The agencies' side of 健康保険証利用申込, for callers the agency API authenticated (group {@code
 * AGENCY}, the agency code as the caller's name): a health insurer lists the registrations waiting
 * for it ({@code GET /api/agency/insurance/registrations}) and confirms one ({@code POST
 * …/registrations/{id}/confirmation}); a medical institution gets a challenge ({@code POST
 * /api/agency/insurance/eligibility/challenge}) and sends what its card reader made of it ({@code
 * POST /api/agency/insurance/eligibility} with {@code certificate}, {@code challenge} and {@code
 * signature}, the binary values in base64) for オンライン資格確認. The services decide who may see
 * what.
 */
@Path("agency/insurance")
@Produces(MediaType.APPLICATION_JSON)
public class InsuranceAgencyResource {

    private static final int MAX_FIELD = 12_000;

    @Inject
    private InsurerService insurers;

    @Inject
    private EligibilityService eligibility;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("registrations")
    public Response pending() {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (PendingRegistration line : insurers.pending()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", line.registrationId())
                    .add("linkCode", line.linkCode())
                    .add("name", line.name())
                    .add("cardSymbol", line.cardSymbol())
                    .add("cardNumber", line.cardNumber())
                    .add("appliedAt", line.appliedAt().toString());
            if (line.birthDate() != null) {
                json.add("birthDate", line.birthDate().toString());
            }
            lines.add(json);
        }
        return Response.ok(
                        Json.createObjectBuilder().add("registrations", lines).build())
                .build();
    }

    @POST
    @Path("registrations/{id}/confirmation")
    public Response confirm(@PathParam("id") long id) {
        try {
            insurers.confirm(id, request.getRemoteAddr());
            return Response.noContent().build();
        } catch (InsuranceException e) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Json.createObjectBuilder()
                            .add("error", e.reason().name())
                            .build())
                    .build();
        }
    }

    @POST
    @Path("eligibility/challenge")
    public Response challenge() {
        EligibilityChallenge challenge;
        try {
            challenge = eligibility.challenge();
        } catch (AccessDeniedException e) {
            return notAMedicalInstitution();
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("challenge", challenge.challenge())
                        .add("expiresAt", challenge.expiresAt().toString())
                        .build())
                .build();
    }

    @POST
    @Path("eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(JsonObject body) {
        byte[] certificate = binary(body, "certificate");
        byte[] signature = binary(body, "signature");
        String challenge = text(body, "challenge");
        if (certificate == null || signature == null || challenge == null) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        Eligibility answer;
        try {
            answer = eligibility.check(certificate, challenge, signature, request.getRemoteAddr());
        } catch (AccessDeniedException e) {
            return notAMedicalInstitution();
        }
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("outcome", answer.outcome().name());
        if (answer.outcome() == Eligibility.Outcome.ELIGIBLE) {
            json.add("name", answer.name())
                    .add("birthDate", answer.birthDate().toString())
                    .add("insurerNumber", answer.insurerNumber())
                    .add("insurerName", answer.insurerName())
                    .add("cardSymbol", answer.cardSymbol())
                    .add("cardNumber", answer.cardNumber())
                    .add("validFrom", answer.validFrom().toString());
        }
        return Response.ok(json.build()).build();
    }

    private static Response notAMedicalInstitution() {
        return Response.status(Response.Status.FORBIDDEN)
                .entity(Json.createObjectBuilder()
                        .add("error", "NOT_A_MEDICAL_INSTITUTION")
                        .build())
                .build();
    }

    private static String text(JsonObject body, String key) {
        if (body == null || !(body.get(key) instanceof JsonString value)) {
            return null;
        }
        String text = value.getString();
        return text.length() > MAX_FIELD ? null : text;
    }

    private static byte[] binary(JsonObject body, String key) {
        String text = text(body, key);
        if (text == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
