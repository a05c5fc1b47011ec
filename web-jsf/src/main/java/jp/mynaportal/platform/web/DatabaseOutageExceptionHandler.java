package jp.mynaportal.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent while the database cannot be reached: the same page is shown again with everything
 * the visitor typed and a message to send it again later (the template shows it; see {@link
 * #FLAG}), answered 503 with {@code Retry-After} unless it was an Ajax request. Failures while
 * rendering a page are left to {@link DatabaseUnavailableFilter}.
 */
public class DatabaseOutageExceptionHandler extends ExceptionHandlerWrapper {

    /** The request attribute that tells the template to show the message. */
    public static final String FLAG = "mynaportal.databaseUnavailable";

    private static final Logger LOG = Logger.getLogger(DatabaseOutageExceptionHandler.class.getName());

    public DatabaseOutageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.isCause(failure)) {
                    events.remove();
                    keepTheFormAndSaySo(context);
                }
            }
        }
        getWrapped().handle();
    }

    private static void keepTheFormAndSaySo(FacesContext context) {
        if (context.getExternalContext().getRequestMap().put(FLAG, Boolean.TRUE) != null) {
            return;
        }
        LOG.warning(() ->
                "Database unavailable, form kept: " + context.getViewRoot().getViewId());
        if (!context.getPartialViewContext().isAjaxRequest()) {
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            context.getExternalContext()
                    .setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        context.renderResponse();
    }
}
