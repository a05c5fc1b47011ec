package jp.mynaportal.pittari.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.Submission;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.platform.web.ContentDispositionName;
import jp.mynaportal.platform.web.Refusal;

/**
 * Online applications for clients that hold the card themselves (the smartphone path of a token
 * login): {@code POST /api/pittari/applications} starts a draft, {@code GET …/{id}} reads its form,
 * {@code PUT …/{id}/values} saves
 * the values ({@code {"values": {key: text, …}}}; any other shape is a 400 that changes nothing),
 * {@code POST …/{id}/attachments/{field}} attaches a file (its name in {@code Content-Disposition},
 * RFC 5987 {@code filename*=UTF-8''…} for names beyond ASCII, or {@code X-File-Name}; or as the
 * part {@code file} of a {@code multipart/form-data} body, RFC 7578, with {@code filename*} or a
 * UTF-8 {@code filename}), {@code GET …/{id}/signed-data}
 * gives the bytes to sign, and {@code POST …/{id}/submission} submits with the client's CMS
 * signature. The session of the token login is required; every body is JSON (or a file with its
 * own type), so a cross-site form cannot post here.
 */
@Path("pittari/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private static final String BUNDLE = "jp.mynaportal.platform.web.messages";
    private static final int NOT_FOUND = 404;
    /** A well-formed request the application refuses (RFC 9110 422); the body says why. */
    private static final int UNPROCESSABLE = 422;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonObject body) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        if (body == null || !(body.get("procedureId") instanceof JsonNumber procedure) || !procedure.isIntegral()) {
            return malformed();
        }
        try {
            long id = applications
                    .start(List.of(PittariProcedures.ref(procedure.longValue())))
                    .get(0);
            return Response.status(Response.Status.CREATED)
                    .entity(Json.createObjectBuilder().add("id", id).build())
                    .build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    /**
     * The form: fields with their kind, whether required, options, the values saved so far, and the
     * attached files by field and name.
     */
    @GET
    @Path("{id}")
    public Response form(@PathParam("id") long id) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        try {
            ApplicationForm form = applications.open(id);
            JsonArrayBuilder fields = Json.createArrayBuilder();
            for (FieldSpec field : form.fields()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                field.options().forEach(options::add);
                fields.add(Json.createObjectBuilder()
                        .add("key", field.key())
                        .add("label", field.labelKey() == null ? field.label() : text(field.labelKey()))
                        .add("type", field.type().name())
                        .add("required", field.required())
                        .add("multiple", field.multiple())
                        .add("locked", field.locked())
                        .add("options", options));
            }
            JsonObjectBuilder values = Json.createObjectBuilder();
            form.values().forEach(values::add);
            JsonArrayBuilder attachments = Json.createArrayBuilder();
            form.attachments()
                    .forEach(a -> attachments.add(Json.createObjectBuilder()
                            .add("field", a.fieldKey())
                            .add("fileName", a.fileName())));
            return Response.ok(Json.createObjectBuilder()
                            .add("id", form.applicationId())
                            .add("procedure", form.procedureName())
                            .add("status", form.status().name())
                            .add("signatureRequired", form.signatureRequired())
                            .add("fields", fields)
                            .add("values", values)
                            .add("attachments", attachments)
                            .build())
                    .build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    @PUT
    @Path("{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") long id, JsonObject body) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        Map<String, String> values = new HashMap<>();
        JsonValue sent = body == null ? null : body.get("values");
        if (!(sent instanceof JsonObject object)
                || !object.values().stream().allMatch(value -> value instanceof JsonString)) {
            // a body of the wrong shape changes nothing (it would otherwise save an empty form)
            return malformed();
        }
        object.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        try {
            List<FieldProblem> problems = applications.save(id, values);
            JsonArrayBuilder list = Json.createArrayBuilder();
            problems.forEach(p -> list.add(Json.createObjectBuilder()
                    .add("field", p.fieldKey())
                    .add("code", p.code().name())
                    .add("message", text(p.messageKey()))));
            return Response.ok(Json.createObjectBuilder().add("problems", list).build())
                    .build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/attachments/{field}")
    @Consumes({"application/pdf", "image/jpeg", "image/png"})
    public Response attach(@PathParam("id") long id, @PathParam("field") String field, byte[] content) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        try {
            String name = ContentDispositionName.of(request.getHeader("Content-Disposition"))
                    .orElseGet(() -> request.getHeader("X-File-Name"));
            applications.attach(id, field, name == null ? field : name, content);
            return Response.noContent().build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    /** The same as a {@code multipart/form-data} body whose part {@code file} is the file. */
    @POST
    @Path("{id}/attachments/{field}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attachPart(@PathParam("id") long id, @PathParam("field") String field, byte[] body) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        java.util.Optional<jp.mynaportal.platform.web.MultipartFile> file =
                jp.mynaportal.platform.web.MultipartFile.of(request.getContentType(), body, "file");
        if (file.isEmpty()) {
            return malformed();
        }
        try {
            String name = file.get().fileName();
            applications.attach(
                    id, field, name == null ? field : name, file.get().content());
            return Response.noContent().build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    @GET
    @Path("{id}/signed-data")
    public Response signedData(@PathParam("id") long id) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        try {
            byte[] content = applications.dataToSign(id);
            return Response.ok(Json.createObjectBuilder()
                            .add("content", Base64.getEncoder().encodeToString(content))
                            .add("digestAlgorithm", "SHA-256")
                            .build())
                    .build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") long id, JsonObject body) {
        if (!session.isLoggedIn()) {
            return unauthorized();
        }
        byte[] cms;
        try {
            cms = body != null && body.get("signature") instanceof JsonString s
                    ? Base64.getDecoder().decode(s.getString())
                    : null;
        } catch (IllegalArgumentException e) {
            cms = null;
        }
        if (cms == null) {
            return malformed();
        }
        try {
            Submission submission = applications.submitSigned(id, cms, request.getRemoteAddr());
            return Response.ok(Json.createObjectBuilder()
                            .add("receiptNumber", submission.receiptNumber())
                            .add("submittedAt", submission.submittedAt().toString())
                            .add("repeated", submission.repeated())
                            .build())
                    .build();
        } catch (ApplicationException e) {
            return refused(e);
        }
    }

    private Response refused(ApplicationException e) {
        int status = e.reason() == ApplicationException.Reason.NOT_FOUND ? NOT_FOUND : UNPROCESSABLE;
        JsonArrayBuilder problems = Json.createArrayBuilder();
        e.problems()
                .forEach(p -> problems.add(Json.createObjectBuilder()
                        .add("field", p.fieldKey())
                        .add("code", p.code().name())
                        .add("message", text(p.messageKey()))));
        return Response.status(status)
                .entity(Json.createObjectBuilder()
                        .add("result", e.reason().name())
                        .add("message", text(e.reason().messageKey()))
                        .add("problems", problems)
                        .build())
                .build();
    }

    private Response unauthorized() {
        return problem(Refusal.Reason.UNAUTHORIZED);
    }

    /** A body of the wrong shape: a 400 that changes nothing. */
    private Response malformed() {
        return problem(Refusal.Reason.MALFORMED);
    }

    private Response problem(Refusal.Reason reason) {
        return Response.status(reason.status())
                .type("application/problem+json")
                .entity(Refusal.problem(reason, request.getHeader("Accept-Language")))
                .build();
    }

    private String text(String key) {
        String accepted = request.getHeader("Accept-Language");
        Locale locale = accepted != null && accepted.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.JAPANESE;
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }
}
