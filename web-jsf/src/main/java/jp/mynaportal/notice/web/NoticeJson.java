package jp.mynaportal.notice.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.mynaportal.notice.NoticeCriteria;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeReadState;

/**
 * The JSON of a notice written through an API (the agency API and the connected sites' API):
 *
 * <pre>
 * {"title": "…", "body": "…", "validFrom": "2026-12-01", "validUntil": "2026-12-31",
 *  "linkUrl": "https://…", "attachment": {"fileName": "案内.pdf", "content": "&lt;base64&gt;"}}
 * </pre>
 *
 * <p>and of the answers: problems as {@code {"error": "INVALID_NOTICE", "problems": [{"field",
 * "code"}]}}, the read state of a sent notice. A value of the wrong JSON type or form is a problem
 * of its field ({@code INVALID}), like a missing required one.
 */
public final class NoticeJson {

    /** Unprocessable Content (RFC 9110), which Jakarta REST's {@code Response.Status} does not name. */
    public static final int UNPROCESSABLE = 422;

    private NoticeJson() {}

    /** The notice of a request body; {@code problems} receives what could not be read. */
    public static NoticeOrder order(JsonObject body, List<NoticeProblem> problems) {
        String title = text(body, "title", problems);
        String text = text(body, "body", problems);
        LocalDate from = date(body, "validFrom", problems);
        LocalDate until = date(body, "validUntil", problems);
        String link = text(body, "linkUrl", problems);
        String fileName = null;
        byte[] content = null;
        JsonValue attachment = body.get("attachment");
        if (attachment != null && attachment != JsonValue.NULL) {
            if (attachment instanceof JsonObject pdf && pdf.get("content") instanceof JsonString encoded) {
                fileName = text(pdf, "fileName", problems);
                try {
                    content = Base64.getDecoder().decode(encoded.getString());
                } catch (IllegalArgumentException e) {
                    problems.add(new NoticeProblem("attachment.content", "INVALID"));
                }
            } else {
                problems.add(new NoticeProblem("attachment", "INVALID"));
            }
        }
        return new NoticeOrder(title, text, from, until, link, fileName, content);
    }

    /** The criteria object ({@code lgCode}, {@code minAge}, {@code maxAge}, {@code childUnder}, {@code childAllowance}). */
    public static NoticeCriteria criteria(JsonObject criteria, List<NoticeProblem> problems) {
        String prefix = "audience.criteria.";
        String lgCode = text(criteria, "lgCode", problems);
        Integer minAge = number(criteria, "minAge", prefix, problems);
        Integer maxAge = number(criteria, "maxAge", prefix, problems);
        Integer childUnder = number(criteria, "childUnder", prefix, problems);
        JsonValue allowance = criteria.get("childAllowance");
        boolean childAllowance = false;
        if (allowance == JsonValue.TRUE) {
            childAllowance = true;
        } else if (allowance != null && allowance != JsonValue.FALSE && allowance != JsonValue.NULL) {
            problems.add(new NoticeProblem(prefix + "childAllowance", "INVALID"));
        }
        return new NoticeCriteria(lgCode, minAge, maxAge, childUnder, childAllowance);
    }

    /** 422 with every problem. */
    public static Response problems(List<NoticeProblem> problems) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        problems.forEach(
                p -> list.add(Json.createObjectBuilder().add("field", p.field()).add("code", p.code())));
        return Response.status(UNPROCESSABLE)
                .entity(Json.createObjectBuilder()
                        .add("error", "INVALID_NOTICE")
                        .add("problems", list)
                        .build())
                .build();
    }

    public static Response error(Response.Status status, String code) {
        return Response.status(status)
                .entity(Json.createObjectBuilder().add("error", code).build())
                .build();
    }

    public static JsonObject state(NoticeReadState state) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", state.id())
                .add("title", state.title())
                .add("validFrom", state.validFrom().toString())
                .add("validUntil", state.validUntil().toString())
                .add("toOne", state.toOne())
                .add("read", state.read())
                .add("readCount", state.readCount());
        if (state.readAt() != null) {
            json.add("readAt", state.readAt().toString());
        }
        return json.build();
    }

    private static String text(JsonObject body, String name, List<NoticeProblem> problems) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.add(new NoticeProblem(name, "INVALID"));
        return null;
    }

    private static LocalDate date(JsonObject body, String name, List<NoticeProblem> problems) {
        List<NoticeProblem> own = new ArrayList<>();
        String value = text(body, name, own);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            own.add(new NoticeProblem(name, "INVALID"));
            return null;
        } finally {
            problems.addAll(own);
        }
    }

    private static Integer number(JsonObject body, String name, String prefix, List<NoticeProblem> problems) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral() && Math.abs(number.longValue()) < 10_000) {
            return number.intValue();
        }
        problems.add(new NoticeProblem(prefix + name, "INVALID"));
        return null;
    }
}
