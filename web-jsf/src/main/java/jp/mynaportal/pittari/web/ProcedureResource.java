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
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;

/**
 * {@code GET /api/pittari/procedures?lg=131016}: a municipality's procedures, for clients of the
 * application API; {@code GET /api/pittari/procedures/count?lg=131105&c=CHILDCARE&c=HEALTH}: how
 * many of them the categories hold, for the live 該当件数 of the search page.
 */
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

    @GET
    @Path("count")
    public Response count(@QueryParam("lg") String lgCode, @QueryParam("c") List<String> categories) {
        Set<ProcedureCategory> chosen = EnumSet.noneOf(ProcedureCategory.class);
        for (ProcedureCategory category : ProcedureCategory.values()) {
            if (categories.contains(category.name())) {
                chosen.add(category);
            }
        }
        try {
            long count = catalogue.countByCategories(lgCode, chosen);
            return Response.ok(Json.createObjectBuilder().add("count", count).build())
                    .build();
        } catch (PittariSearchException e) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Json.createObjectBuilder()
                            .add("error", e.reason().name())
                            .build())
                    .build();
        }
    }
}
