package jp.mynaportal.pittari.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rendered search page an address names, for {@link SearchPageCache}: the language and the
 * search ({@code lg}, {@code mode}, the set of {@code c}, {@code q}, and {@code find} from
 * この条件でさがす). Addresses with anything else — ticked procedures ({@code p}), 申請する
 * ({@code apply}), 全て選択 / リセット ({@code select}) or a parameter the page does not know —
 * have no key: they are rendered for the request.
 */
final class SearchPageKey {

    private static final String[] SINGLE_PARAMETERS = {
        "lg", "mode", PittariSearchView.KEYWORD_FIELD, PittariSearchView.FIND_PARAMETER
    };
    private static final Set<String> SEARCH_PARAMETERS = Set.of(
            "lg",
            "mode",
            PittariSearchView.KEYWORD_FIELD,
            PittariSearchView.FIND_PARAMETER,
            PittariSearchView.CATEGORY_PARAMETER);
    private static final int LONGEST_VALUE = 100;

    private SearchPageKey() {}

    /** The key of the page, or empty when the address asks for more than a search. */
    static Optional<String> of(String language, Map<String, String[]> parameters) {
        if (!SEARCH_PARAMETERS.containsAll(parameters.keySet())) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder(language);
        for (String name : SINGLE_PARAMETERS) {
            String[] values = parameters.get(name);
            if (values != null && (values.length > 1 || values[0].length() > LONGEST_VALUE)) {
                return Optional.empty();
            }
            key.append('\u0000').append(values == null ? "\u0001" : values[0]);
        }
        String[] categories = parameters.get(PittariSearchView.CATEGORY_PARAMETER);
        if (categories != null) {
            Set<String> chosen = new TreeSet<>();
            for (String category : categories) {
                if (category.length() > LONGEST_VALUE) {
                    return Optional.empty();
                }
                chosen.add(category);
            }
            chosen.forEach(category -> key.append('\u0000').append(category));
        }
        return Optional.of(key.toString());
    }
}
