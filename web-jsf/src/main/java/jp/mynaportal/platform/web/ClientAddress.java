package jp.mynaportal.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The address of the client of the current Faces request: the terminal that services are told about. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }
}
