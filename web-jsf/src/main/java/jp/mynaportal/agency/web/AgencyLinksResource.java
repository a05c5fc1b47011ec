package jp.mynaportal.agency.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.agency.AgencyLinkService;

/**
 * The registry's own endpoints for agencies: {@code GET /api/agency/self} (who the portal takes
 * the caller for) and {@code POST /api/agency/links/check} with {@code {"linkCodes": [...]}} (at
 * most 1,000), which says which of the agency's link codes the portal knows, so that an agency can
 * reconcile its records before it sends them. Nothing about a resident is answered.
 */
@Path("agency")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyLinksResource {

    static final int MAX_CODES = 1000;

    @Inject
    private AgencyDirectory directory;

    @Inject
    private AgencyLinkService links;

    @GET
    @Path("self")
    public JsonObject self() {
        AgencyInfo agency = directory.caller();
        var answer = Json.createObjectBuilder()
                .add("code", agency.code())
                .add("nameJa", agency.nameJa())
                .add("nameEn", agency.nameEn())
                .add("kind", agency.kind().name());
        if (agency.lgCode() != null) {
            answer.add("lgCode", agency.lgCode());
        }
        return answer.build();
    }

    @POST
    @Path("links/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response check(JsonObject body) {
        if (body == null || !(body.get("linkCodes") instanceof JsonArray codes) || codes.size() > MAX_CODES) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Json.createObjectBuilder()
                            .add("error", "INVALID_REQUEST")
                            .add("message", "linkCodes: an array of at most " + MAX_CODES + " strings")
                            .build())
                    .build();
        }
        JsonArrayBuilder known = Json.createArrayBuilder();
        JsonArrayBuilder unknown = Json.createArrayBuilder();
        for (JsonValue code : codes) {
            if (code instanceof JsonString text
                    && links.resolve(text.getString()).isPresent()) {
                known.add(text.getString());
            } else {
                unknown.add(code);
            }
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("known", known)
                        .add("unknown", unknown)
                        .build())
                .build();
    }
}
