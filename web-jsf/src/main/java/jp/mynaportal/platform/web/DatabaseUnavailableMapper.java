package jp.mynaportal.platform.web;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * A REST call that needs the database while it cannot be reached answers 503 with {@code
 * Retry-After} and {@code {"result":"DATABASE_UNAVAILABLE","message":…}}; any other failure of a
 * service is a 500 problem document, logged without the exceptions' messages ({@link FailureSummary}).
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(EJBException failure) {
        if (!DatabaseOutage.isCause(failure)) {
            LOG.severe(() -> "REST call failed: " + request.getMethod() + " " + request.getRequestURI() + " "
                    + FailureSummary.of(failure));
            return Response.serverError()
                    .type(Refusal.PROBLEM_JSON)
                    .header("Cache-Control", "no-store")
                    .entity(Refusal.problem(Refusal.Reason.SERVER_ERROR, request.getHeader("Accept-Language")))
                    .build();
        }
        LOG.warning(() -> "Database unavailable, answered 503: " + request.getMethod() + " " + request.getRequestURI());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(DatabaseOutage.apiAnswer(request.getHeader("Accept-Language")))
                .build();
    }
}
