package jp.mynaportal.selfinfo.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.platform.web.JsonFactories;
import jp.mynaportal.selfinfo.RecordOutcome;
import jp.mynaportal.selfinfo.RecordProblem;
import jp.mynaportal.selfinfo.RecordSubmission;
import jp.mynaportal.selfinfo.RecordUploadService;
import jp.mynaportal.selfinfo.RecordsRejectedException;

/**
 * The agencies' batch upload of あなたの情報 records: {@code PUT} (or {@code POST}) {@code
 * /api/agency/selfinfo/records} with {@code {"records": [{"recordId", "linkCode", "item",
 * "validFrom", "validTo", "values": {…}}, …]}}. All or nothing: 200 with each record's result
 * ({@code CREATED}, {@code CORRECTED}, {@code UNCHANGED}), or 422 with the problems of every refused
 * record and nothing written; 400 for a body that is no such JSON object.
 */
@Path("agency/selfinfo/records")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyRecordsResource {

    @Inject
    private RecordUploadService upload;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        return accept(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(String body) {
        return accept(body);
    }

    private Response accept(String body) {
        JsonArray array;
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue root = reader.readValue();
            if (!(root instanceof JsonObject object) || !(object.get("records") instanceof JsonArray records)) {
                return malformed("the body is {\"records\": [...]}");
            }
            array = records;
        } catch (JsonException | IllegalStateException e) {
            return malformed("the body is no JSON");
        }
        if (array.size() > RecordUploadService.MAX_BATCH) {
            return Response.status(413)
                    .entity(JsonFactories.BUILDERS
                            .createObjectBuilder()
                            .add("error", "TOO_MANY_RECORDS")
                            .add("message", "at most " + RecordUploadService.MAX_BATCH + " records in one batch")
                            .build())
                    .build();
        }
        List<RecordSubmission> submissions = new ArrayList<>(array.size());
        for (JsonValue value : array) {
            JsonObject record = value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            Map<String, Object> values = new LinkedHashMap<>();
            if (record.get("values") instanceof JsonObject given) {
                given.forEach((name, v) -> values.put(name, plain(v)));
            }
            submissions.add(new RecordSubmission(
                    text(record, "recordId"),
                    text(record, "linkCode"),
                    text(record, "item"),
                    text(record, "validFrom"),
                    text(record, "validTo"),
                    values));
        }
        try {
            JsonArrayBuilder results = JsonFactories.BUILDERS.createArrayBuilder();
            for (RecordOutcome outcome : upload.upload(submissions)) {
                results.add(JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("index", outcome.index())
                        .add("recordId", outcome.recordId())
                        .add("result", outcome.result())
                        .add("version", outcome.version()));
            }
            return Response.ok(JsonFactories.BUILDERS
                            .createObjectBuilder()
                            .add("results", results)
                            .build())
                    .build();
        } catch (RecordsRejectedException e) {
            JsonArrayBuilder problems = JsonFactories.BUILDERS.createArrayBuilder();
            for (RecordProblem problem : e.problems()) {
                JsonObjectBuilder p =
                        JsonFactories.BUILDERS.createObjectBuilder().add("index", problem.index());
                if (problem.recordId() != null) {
                    p.add("recordId", problem.recordId());
                }
                if (problem.field() != null) {
                    p.add("field", problem.field());
                }
                problems.add(p.add("code", problem.code()).add("message", problem.message()));
            }
            return Response.status(422)
                    .entity(JsonFactories.BUILDERS
                            .createObjectBuilder()
                            .add("error", "RECORDS_REFUSED")
                            .add("problems", problems)
                            .build())
                    .build();
        }
    }

    private static Response malformed(String message) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("error", "MALFORMED")
                        .add("message", message)
                        .build())
                .build();
    }

    private static String text(JsonObject record, String name) {
        return record.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** A JSON value as the service takes it: String, BigDecimal, Boolean, null, or the JSON value itself (refused). */
    private static Object plain(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        return value == JsonValue.NULL ? null : value;
    }
}
