package jp.mynaportal.selfinfo;

import java.util.Locale;
import jp.mynaportal.selfinfo.model.AttributeType;

/** One attribute of a 分野詳細's schema. */
public record AttributeInfo(
        String name, AttributeType type, String unit, String labelJa, String labelEn, boolean required) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
