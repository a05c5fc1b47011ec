package jp.mynaportal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts bundle messages, in the page's language, beside a field or at the top of a page. */
public final class Messages {

    static final String BUNDLE = "jp.mynaportal.platform.web.messages";

    private Messages() {}

    /** The text of {@code key} in the current view's language. */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                .getString(key);
    }

    /** An error shown beside the component with {@code clientId} (null: the page's messages). */
    public static void error(String clientId, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** An error with arguments ({@code {0}} …) beside the component with {@code clientId}. */
    public static void error(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = new MessageFormat(text(key), context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A confirmation (e.g. 一時保存しました) at the top of the page. */
    public static void info(String clientId, String key) {
        String text = text(key);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
