package jp.mynaportal.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import org.primefaces.context.PrimeApplicationContext;

/**
 * Keeps the error pages of {@code web.xml} out of every page: PrimeFaces would list them (their
 * internal paths and exception class names) in the settings script of each page, for a
 * client-side redirect that the portal does not use, since OmniFaces' full Ajax exception handler
 * renders the error page on the server. Done before the first page is rendered (PrimeFaces reads
 * its configuration only once a request runs).
 */
public class InternalNamesHidden implements SystemEventListener {

    private static volatile boolean hidden;

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        if (!hidden) {
            synchronized (InternalNamesHidden.class) {
                Map<String, String> errorPages = PrimeApplicationContext.getCurrentInstance(
                                FacesContext.getCurrentInstance())
                        .getConfig()
                        .getErrorPages();
                errorPages.clear();
                hidden = true;
            }
        }
    }
}
