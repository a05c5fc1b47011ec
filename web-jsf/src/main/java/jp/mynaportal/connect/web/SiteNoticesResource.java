package jp.mynaportal.connect.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.connect.SiteNoticeRefusal;
import jp.mynaportal.connect.SiteNoticeService;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeRefusedException;
import jp.mynaportal.notice.web.NoticeJson;

/**
 * 外部サイトへのお知らせ情報提供, the connected sites' side. Every call carries {@code Authorization:
 * Site <client assertion>}: a JWT the site signed with a key it registered (as for private_key_jwt
 * at the token endpoint), audience {@code <issuer>/api/connect/notices}, issuer and subject its
 * client id, used once.
 *
 * <ul>
 * <li>{@code POST /api/connect/notices}: {@code {"sub": "<the site's pairwise subject>", …the
 * notice}} ({@link NoticeJson}); 201 {@code {"id"}};</li>
 * <li>{@code GET /api/connect/notices/{id}}: whether the resident read it.</li>
 * </ul>
 *
 * <p>Answers 401 {@code INVALID_CLIENT}, 403 {@code NOT_ALLOWED} (not this site's subject, or the
 * resident has not allowed, or withdrew, or disconnected), 404 {@code UNKNOWN_NOTICE}, 400 {@code
 * MALFORMED}, 422 {@code INVALID_NOTICE} with the problems.
 */
@Path("connect/notices")
@Produces(MediaType.APPLICATION_JSON)
public class SiteNoticesResource {

    static final String SCHEME = "Site ";

    @Inject
    private SiteNoticeService notices;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deliver(JsonObject body, @Context HttpHeaders headers) {
        String assertion = assertion(headers);
        if (assertion == null) {
            return refused(new SiteNoticeRefusal(SiteNoticeRefusal.Reason.INVALID_CLIENT));
        }
        if (body == null || !(body.get("sub") instanceof JsonString subject)) {
            return NoticeJson.error(Response.Status.BAD_REQUEST, "MALFORMED");
        }
        List<NoticeProblem> problems = new ArrayList<>();
        NoticeOrder order = NoticeJson.order(body, problems);
        if (!problems.isEmpty()) {
            return NoticeJson.problems(problems);
        }
        try {
            long id = notices.deliver(assertion, PortalAddress.of(request), subject.getString(), order);
            return Response.status(Response.Status.CREATED)
                    .entity(Json.createObjectBuilder().add("id", id).build())
                    .build();
        } catch (SiteNoticeRefusal e) {
            return refused(e);
        } catch (NoticeRefusedException e) {
            return NoticeJson.problems(e.problems());
        }
    }

    @GET
    @Path("{id}")
    public Response state(@PathParam("id") String id, @Context HttpHeaders headers) {
        String assertion = assertion(headers);
        if (assertion == null) {
            return refused(new SiteNoticeRefusal(SiteNoticeRefusal.Reason.INVALID_CLIENT));
        }
        long noticeId = id != null && id.matches("[0-9]{1,18}") ? Long.parseLong(id) : -1;
        try {
            return Response.ok(NoticeJson.state(notices.state(assertion, PortalAddress.of(request), noticeId)))
                    .build();
        } catch (SiteNoticeRefusal e) {
            return refused(e);
        }
    }

    private static String assertion(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith(SCHEME)
                ? header.substring(SCHEME.length()).strip()
                : null;
    }

    private static Response refused(SiteNoticeRefusal e) {
        Response.ResponseBuilder answer = Response.status(e.reason().status())
                .entity(Json.createObjectBuilder()
                        .add("error", e.reason().name())
                        .build());
        if (e.reason() == SiteNoticeRefusal.Reason.INVALID_CLIENT) {
            answer.header("WWW-Authenticate", "Site");
        }
        return answer.build();
    }
}
