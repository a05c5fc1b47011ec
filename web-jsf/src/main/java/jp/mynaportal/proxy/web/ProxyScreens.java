package jp.mynaportal.proxy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Whether this request comes from a smartphone, decided on the server (handbook 3-J: スマートフォンの
 * 場合、代理人設定は行えません; only 「代理人一覧の確認」 is offered): the client hint {@code
 * Sec-CH-UA-Mobile: ?1}, or a user agent that names a phone. The style sheet hides the settings at
 * 480 px and below as well; the settings pages send a phone to the list.
 */
@Named
@RequestScoped
public class ProxyScreens {

    static final String LIST = "/proxy/list.xhtml";

    /** Whether the request comes from a phone. */
    public boolean isPhone() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return phone(request.getHeader("Sec-CH-UA-Mobile"), request.getHeader("User-Agent"));
    }

    static boolean phone(String mobileHint, String userAgent) {
        if ("?1".equals(mobileHint)) {
            return true;
        }
        if (userAgent == null) {
            return false;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return agent.contains("iphone")
                || agent.contains("ipod")
                || (agent.contains("android") && agent.contains("mobile"))
                || agent.contains("windows phone")
                || (agent.contains("mobile") && !agent.contains("ipad") && !agent.contains("tablet"));
    }

    /** A settings page opened on a phone goes to the list instead. */
    public void listOnPhone() {
        if (isPhone()) {
            redirect(LIST + "?phone=true");
        }
    }

    /** Where the request came from, for the usage log. */
    static String terminal() {
        return ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    static void redirect(String page) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
