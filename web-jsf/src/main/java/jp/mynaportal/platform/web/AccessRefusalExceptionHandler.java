package jp.mynaportal.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import jp.mynaportal.access.AccessDeniedException;

/**
 * A page whose service refused the caller (the access policy, or the role: e.g. a 代理人 whose
 * registration was revoked while their session was open, or who typed the address of a service
 * they were not granted) is answered with the portal's 403 page, not as a failure (500). An Ajax
 * request is left to the handlers before it, which show the same page.
 */
public class AccessRefusalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(AccessRefusalExceptionHandler.class.getName());

    public AccessRefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (refusal(events.next().getContext().getException())) {
                    events.remove();
                    refuse(context);
                }
            }
        }
        getWrapped().handle();
    }

    /** Whether an access refusal caused the failure. */
    static boolean refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void refuse(FacesContext context) {
        if (context.getResponseComplete()) {
            return;
        }
        LOG.info(() -> "Access refused on " + context.getViewRoot().getViewId());
        try {
            if (!context.getExternalContext().isResponseCommitted()) {
                context.getExternalContext().responseReset();
                context.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            }
        } catch (IOException e) {
            LOG.fine(() -> "The refusal could not be sent: " + e.getClass().getSimpleName());
        }
        context.responseComplete();
    }
}
