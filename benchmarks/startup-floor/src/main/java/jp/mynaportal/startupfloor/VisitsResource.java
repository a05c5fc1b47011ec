package jp.mynaportal.startupfloor;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/visits}: the count as JSON. */
@Path("visits")
public class VisitsResource {

    @EJB
    private Visits visits;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject count() {
        return Json.createObjectBuilder().add("visits", visits.count()).build();
    }
}
