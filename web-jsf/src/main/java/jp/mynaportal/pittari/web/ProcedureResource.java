package jp.mynaportal.pittari.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;

/** {@code GET /api/pittari/procedures?lg=131016}: a municipality's procedures, for clients of the application API. */
@Path("pittari/procedures")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    private PittariCatalogueService catalogue;

    @GET
    public JsonArray procedures(@QueryParam("lg") String lgCode) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        try {
            for (ProcedureSummary p : catalogue.findByCategories(lgCode, EnumSet.allOf(ProcedureCategory.class))) {
                list.add(Json.createObjectBuilder()
                        .add("id", p.id())
                        .add("name", p.name())
                        .add("category", p.category().name())
                        .add("online", p.online())
                        .add("signatureRequired", p.signatureRequired()));
            }
        } catch (PittariSearchException e) {
            return list.build();
        }
        return list.build();
    }
}
