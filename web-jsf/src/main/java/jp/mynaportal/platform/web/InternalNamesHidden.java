package jp.mynaportal.platform.web;

import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeApplicationContext;

/**
 * Keeps the error pages of {@code web.xml} out of every page: PrimeFaces would list them (their
 * internal paths and exception class names) in the settings script of each page, for a
 * client-side redirect that the portal does not use, since OmniFaces' full Ajax exception handler
 * renders the error page on the server.
 */
public class InternalNamesHidden implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        PrimeApplicationContext.getCurrentInstance(FacesContext.getCurrentInstance())
                .getConfig()
                .getErrorPages()
                .clear();
    }
}
