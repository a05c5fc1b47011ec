package jp.mynaportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Every refusal of the REST API that JAX-RS itself decides (no such resource, method not allowed,
 * 406, 415, a body or a parameter that cannot be read) answers a problem document in the client's
 * language instead of the container's page; a path parameter that is not a number (e.g. {@code
 * 1.5} for an id) is a 400, not a 404. An answer a resource built itself is kept.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException failure) {
        Response given = failure.getResponse();
        if (given != null && given.hasEntity()) {
            return given;
        }
        int status = given == null ? 500 : given.getStatus();
        if (status == 404 && failure.getCause() instanceof IllegalArgumentException) {
            status = 400;
        }
        Refusal.Reason reason = Refusal.Reason.of(status);
        LOG.fine(() -> "REST request refused with " + reason.status() + ": " + request.getMethod() + " "
                + request.getRequestURI());
        Response.ResponseBuilder answer = Response.status(reason.status())
                .type(Refusal.PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .entity(Refusal.problem(reason, request.getHeader("Accept-Language")));
        if (given != null) {
            given.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
        }
        return answer.build();
    }
}
