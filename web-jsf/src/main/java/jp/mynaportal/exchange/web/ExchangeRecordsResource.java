package jp.mynaportal.exchange.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.mynaportal.exchange.ExchangeEntry;
import jp.mynaportal.exchange.ExchangeLedger;
import jp.mynaportal.exchange.InvalidExchangeException;
import jp.mynaportal.exchange.model.ExchangeOutcome;

/**
 * {@code POST /api/agency/exchanges}: the calling agency records one exchange of a resident it
 * names by its link code, as JSON {@code {"linkCode", "exchangedAt" (ISO-8601 instant),
 * "requester", "provider" (registry codes), "procedure" (事務), "information" (特定個人情報名),
 * "outcome" (PROVIDED, NO_DATA, REFUSED)}}. Answers 201 with the record's id, 400 for a malformed
 * or refused exchange, 404 for a link code the agency does not have. The agency API's mechanism
 * authenticated the agency before this runs.
 */
@Path("agency/exchanges")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeRecordsResource {

    @Inject
    private ExchangeLedger ledger;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(JsonObject body, @Context HttpServletRequest request) {
        ExchangeEntry entry;
        try {
            entry = new ExchangeEntry(
                    Instant.parse(text(body, "exchangedAt")),
                    text(body, "requester"),
                    text(body, "provider"),
                    text(body, "procedure"),
                    text(body, "information"),
                    ExchangeOutcome.valueOf(text(body, "outcome")));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            return error(Response.Status.BAD_REQUEST, "INVALID_EXCHANGE");
        }
        String linkCode = text(body, "linkCode");
        if (linkCode == null) {
            return error(Response.Status.BAD_REQUEST, "INVALID_EXCHANGE");
        }
        Optional<Long> id;
        try {
            id = ledger.record(linkCode, entry, request.getRemoteAddr());
        } catch (InvalidExchangeException e) {
            return error(Response.Status.BAD_REQUEST, "REFUSED_EXCHANGE");
        }
        return id.map(value -> Response.status(Response.Status.CREATED)
                        .entity(Json.createObjectBuilder().add("id", value).build())
                        .build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, "UNKNOWN_LINK_CODE"));
    }

    private static String text(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString value ? value.getString() : null;
    }

    private static Response error(Response.Status status, String code) {
        return Response.status(status)
                .entity(Json.createObjectBuilder().add("error", code).build())
                .build();
    }
}
