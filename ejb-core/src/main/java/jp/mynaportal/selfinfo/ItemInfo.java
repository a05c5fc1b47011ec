package jp.mynaportal.selfinfo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A 分野詳細 with its schema.
 *
 * @param chartAttribute the amount that is drawn as a chart over the years, or null
 * @param providerKinds the agency kinds that may send its records
 */
public record ItemInfo(
        String code,
        String fieldCode,
        String nameJa,
        String nameEn,
        String chartAttribute,
        Set<String> providerKinds,
        List<AttributeInfo> attributes) {

    public ItemInfo {
        providerKinds = Set.copyOf(providerKinds);
        attributes = List.copyOf(attributes);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public Optional<AttributeInfo> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
