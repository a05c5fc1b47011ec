package jp.mynaportal.selfinfo.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.selfinfo.AgencyErrorReport;
import jp.mynaportal.selfinfo.ErrorReportException;
import jp.mynaportal.selfinfo.ErrorReportService;
import jp.mynaportal.selfinfo.model.ErrorReportStatus;

/**
 * The agency's queue of residents' error reports (内容に誤りがある場合): {@code GET
 * /api/agency/selfinfo/error-reports?status=SUBMITTED} lists them (the resident by the agency's
 * link code), {@code GET …/{id}/attachment} gives a report's attachment, {@code PUT …/{id}} with
 * {@code {"status": "INVESTIGATING" | "CORRECTED" | "NO_ERROR_FOUND", "note": "…"}} answers one;
 * the resident sees the status and the note.
 */
@Path("agency/selfinfo/error-reports")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyErrorReportsResource {

    @Inject
    private ErrorReportService reports;

    @GET
    public Response queue(@QueryParam("status") List<String> status, @QueryParam("limit") Integer limit) {
        List<ErrorReportStatus> statuses = new ArrayList<>();
        for (String s : status) {
            try {
                statuses.add(ErrorReportStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                return error(400, "INVALID_STATUS");
            }
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        reports.queue(statuses, limit == null ? 100 : limit).forEach(r -> list.add(json(r)));
        return Response.ok(Json.createObjectBuilder().add("reports", list).build())
                .build();
    }

    @GET
    @Path("{id}/attachment")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response attachment(@PathParam("id") long id) {
        return reports.attachment(id)
                .filter(bytes -> bytes != null)
                .map(bytes -> Response.ok(bytes).build())
                .orElseGet(() -> Response.status(404).build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, JsonObject body) {
        if (body == null || !(body.get("status") instanceof JsonString status)) {
            return error(400, "INVALID_STATUS");
        }
        ErrorReportStatus next;
        try {
            next = ErrorReportStatus.valueOf(status.getString());
        } catch (IllegalArgumentException e) {
            return error(400, "INVALID_STATUS");
        }
        String note = body.get("note") instanceof JsonString s ? s.getString() : null;
        try {
            return Response.ok(json(reports.answer(id, next, note))).build();
        } catch (ErrorReportException e) {
            return "report".equals(e.field()) ? error(404, "NOT_FOUND") : error(400, "INVALID_STATUS");
        }
    }

    private static Response error(int status, String code) {
        return Response.status(status)
                .entity(Json.createObjectBuilder().add("error", code).build())
                .build();
    }

    private static JsonObject json(AgencyErrorReport r) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", r.id())
                .add("linkCode", r.linkCode())
                .add("recordId", r.recordId())
                .add("version", r.version())
                .add("item", r.item())
                .add("description", r.description())
                .add("status", r.status().name())
                .add("createdAt", r.createdAt().toString())
                .add("updatedAt", r.updatedAt().toString());
        if (r.attribute() != null) {
            o.add("attribute", r.attribute());
        }
        if (r.attachmentName() != null) {
            o.add("attachmentName", r.attachmentName()).add("attachmentBytes", r.attachmentBytes());
        }
        if (r.agencyNote() != null) {
            o.add("note", r.agencyNote());
        }
        return o.build();
    }
}
