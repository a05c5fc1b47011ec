package jp.mynaportal.selfinfo;

import java.util.List;
import java.util.Locale;

/** A 分野 with its 分野詳細 in order. */
public record FieldInfo(String code, String nameJa, String nameEn, List<ItemInfo> items) {

    public FieldInfo {
        items = List.copyOf(items);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
