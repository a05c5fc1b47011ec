package jp.mynaportal.pittari.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Request parameters a GET address may repeat ({@code c=…&c=…}, {@code lg=…&lg=…}), and the page's language. */
final class Parameters {

    private Parameters() {}

    /** Every value of the parameter, in the order of the address; empty when it is absent. */
    static List<String> all(String name) {
        String[] values = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get(name);
        return values == null ? List.of() : List.of(values);
    }

    /** Whether the address names the parameter at all, even with an empty value (a submitted empty field). */
    static boolean present(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .containsKey(name);
    }

    /** A value as it goes into an address. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Gives the view the visitor's chosen language before a view action adds messages: until the
     * template's {@code f:view} renders, the view has the browser's language.
     */
    static void useLanguage(Locale chosen) {
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }
}
