package jp.mynaportal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page shown for the first time (not a postback) starts as a transient view; the template's
 * {@code f:view transient} then decides when the view is built (stateful unless the page says
 * {@code stateless}). Without this, PrimeFaces' CSP keeps its script nonce in the view map before
 * the view is built, and Mojarra creates a server session for any view map: every anonymous read
 * of a stateless page (the top page, the about pages, the search) would open a session. A stateful
 * page still gets its session when its state is saved; its Ajax requests then carry their nonce in
 * the request, which PrimeFaces checks for its form.
 */
public class StatelessUntilBuilt implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !context.isPostback()) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
