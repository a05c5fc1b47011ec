package jp.mynaportal.notice.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.notice.AgencyNoticeService;
import jp.mynaportal.notice.NoticeCriteria;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeRefusedException;

/**
 * お知らせ from the calling agency (the agency API's mechanism authenticated it and checked the body):
 *
 * <ul>
 * <li>{@code POST /api/agency/notices}: the notice ({@link NoticeJson}) with {@code "audience":
 * {"linkCode": "…"}} for one resident (the agency's own link code, never a My Number) or {@code
 * "audience": {"criteria": {"lgCode", "minAge", "maxAge", "childUnder", "childAllowance"}}};
 * 201 {@code {"id", "reach"}};</li>
 * <li>{@code POST /api/agency/notices/preview}: only {@code "audience"}; 200 {@code {"reach"}}, how
 * many residents it reaches today;</li>
 * <li>{@code GET /api/agency/notices/{id}}: what became of one of the agency's notices (read, and
 * how many read it).</li>
 * </ul>
 *
 * <p>Answers: 400 {@code MALFORMED} for a body that is not an object or lacks the audience, 422
 * {@code INVALID_NOTICE} with every problem ({@code field}, {@code code}), 404 {@code
 * UNKNOWN_LINK_CODE} for a link code the agency does not have, 404 {@code UNKNOWN_NOTICE}.
 */
@Path("agency/notices")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyNoticesResource {

    @Inject
    private AgencyNoticeService notices;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(JsonObject body) {
        if (body == null || !(body.get("audience") instanceof JsonObject audience)) {
            return NoticeJson.error(Response.Status.BAD_REQUEST, "MALFORMED");
        }
        List<NoticeProblem> problems = new ArrayList<>();
        NoticeOrder order = NoticeJson.order(body, problems);
        Audience to = audience(audience, problems);
        if (to == null) {
            return NoticeJson.error(Response.Status.BAD_REQUEST, "MALFORMED");
        }
        if (!problems.isEmpty()) {
            return NoticeJson.problems(problems);
        }
        try {
            long id = notices.send(order, to.linkCode(), to.criteria(), request.getRemoteAddr());
            long reach = notices.reach(to.linkCode(), to.criteria());
            return Response.status(Response.Status.CREATED)
                    .entity(Json.createObjectBuilder()
                            .add("id", id)
                            .add("reach", reach)
                            .build())
                    .build();
        } catch (NoticeRefusedException e) {
            return refused(e);
        }
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(JsonObject body) {
        if (body == null || !(body.get("audience") instanceof JsonObject audience)) {
            return NoticeJson.error(Response.Status.BAD_REQUEST, "MALFORMED");
        }
        List<NoticeProblem> problems = new ArrayList<>();
        Audience to = audience(audience, problems);
        if (to == null) {
            return NoticeJson.error(Response.Status.BAD_REQUEST, "MALFORMED");
        }
        if (!problems.isEmpty()) {
            return NoticeJson.problems(problems);
        }
        try {
            return Response.ok(Json.createObjectBuilder()
                            .add("reach", notices.reach(to.linkCode(), to.criteria()))
                            .build())
                    .build();
        } catch (NoticeRefusedException e) {
            return refused(e);
        }
    }

    @GET
    @Path("{id}")
    public Response state(@PathParam("id") String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return NoticeJson.error(Response.Status.NOT_FOUND, "UNKNOWN_NOTICE");
        }
        return notices.state(Long.parseLong(id))
                .map(state -> Response.ok(NoticeJson.state(state)).build())
                .orElseGet(() -> NoticeJson.error(Response.Status.NOT_FOUND, "UNKNOWN_NOTICE"));
    }

    private record Audience(String linkCode, NoticeCriteria criteria) {}

    /** One resident or criteria; null when it is neither (or both). */
    private static Audience audience(JsonObject audience, List<NoticeProblem> problems) {
        JsonValue linkCode = audience.get("linkCode");
        JsonValue criteria = audience.get("criteria");
        if (linkCode instanceof JsonString code && criteria == null) {
            return new Audience(code.getString(), null);
        }
        if (criteria instanceof JsonObject given && linkCode == null) {
            return new Audience(null, NoticeJson.criteria(given, problems));
        }
        return null;
    }

    private static Response refused(NoticeRefusedException e) {
        if (e.unknownRecipient()) {
            return NoticeJson.error(Response.Status.NOT_FOUND, "UNKNOWN_LINK_CODE");
        }
        return NoticeJson.problems(e.problems());
    }
}
