package jp.mynaportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Any other failure of a REST call: a 503 while the database is away, else a 500 problem document
 * that names nothing inside. The log gets one entry with the failure's classes and where it
 * happened, but none of the exceptions' messages, which may quote the data (a database error
 * quotes the row it could not store).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        String accepted = request.getHeader("Accept-Language");
        if (DatabaseOutage.isCause(failure)) {
            LOG.warning(
                    () -> "Database unavailable, answered 503: " + request.getMethod() + " " + request.getRequestURI());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(DatabaseOutage.apiAnswer(accepted))
                    .build();
        }
        LOG.severe(() -> "REST call failed: " + request.getMethod() + " " + request.getRequestURI() + " "
                + FailureSummary.of(failure));
        return Response.serverError()
                .type(Refusal.PROBLEM_JSON)
                .header("Cache-Control", "no-store")
                .entity(Refusal.problem(Refusal.Reason.SERVER_ERROR, accepted))
                .build();
    }
}
