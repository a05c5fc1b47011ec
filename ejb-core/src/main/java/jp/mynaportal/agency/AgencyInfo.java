package jp.mynaportal.agency;

import java.util.Locale;
import jp.mynaportal.agency.model.AgencyKind;

/**
 * A registered agency as views and other functions see it.
 *
 * @param lgCode the local-government code of a municipality or municipal insurer, or null
 */
public record AgencyInfo(String code, String nameJa, String nameEn, AgencyKind kind, String lgCode) {

    /** Its name in the language of the locale (Japanese unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
