package jp.mynaportal.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A postback whose view cannot be restored (a view state that names no view of this session, one
 * of another page, {@code stateless} for a page that keeps state, garbage): the request is refused
 * as the portal refuses any malformed request, never with a 500 or an error page that cannot be
 * rendered inside a partial response. A page's own Ajax request is sent to the page that says the
 * screen expired (a partial-response redirect), which is what a visitor whose page expired needs; any
 * other such postback is a 400 in the portal's shape. A plain postback of an expired view keeps the
 * expired page of {@code web.xml}. A postback without the script nonce that PrimeFaces' CSP puts
 * into every form of the portal (or with a forged one) is refused the same way: no page of the
 * portal sends it. So is a postback whose values cannot even be decoded (a page's file upload form
 * posted without multipart): a 400, also for Ajax.
 */
public class UnusableViewStateExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UnusableViewStateExceptionHandler.class.getName());

    public UnusableViewStateExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            boolean restoring = context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW;
            // decoding what was sent fails only for a request no page of the portal makes (e.g. a
            // file upload form posted without multipart); a value that is merely wrong is a message
            boolean decoding = context.getCurrentPhaseId() == PhaseId.APPLY_REQUEST_VALUES;
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (DatabaseOutage.isCause(failure)
                        || !(restoring || decoding || isCause(failure, CspException.class))
                        || context.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                boolean ajax = context.getPartialViewContext().isAjaxRequest();
                if (!ajax && isCause(failure, ViewExpiredException.class)) {
                    continue;
                }
                events.remove();
                refuse(context, ajax && !decoding);
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext context, boolean ajax) {
        if (context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.info(() -> "Refused a postback whose view cannot be restored: " + request.getMethod() + " "
                + request.getRequestURI());
        try {
            if (ajax) {
                // the page's script follows a partial-response redirect: to the page that says the
                // screen expired and leads back
                external.redirect(request.getContextPath() + "/error/expired.xhtml");
            } else {
                Refusal.send(request, (HttpServletResponse) external.getResponse(), Refusal.Reason.MALFORMED);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    private static boolean isCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
