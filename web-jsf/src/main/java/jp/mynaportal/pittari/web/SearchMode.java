package jp.mynaportal.pittari.web;

import java.util.Arrays;
import java.util.Locale;

/** The three search methods of ② 検索方法, named in the address as {@code mode=category|keyword|list}. */
public enum SearchMode {
    CATEGORY,
    KEYWORD,
    LIST;

    /** The value of the {@code mode} parameter. */
    public String getParameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message-bundle key of the mode's tab: {@code pittari.mode.category}. */
    public String getMessageKey() {
        return "pittari.mode." + getParameter();
    }

    /** The mode an address names; ぴったり検索 when it names none or an unknown one. */
    public static SearchMode fromParameter(String parameter) {
        return Arrays.stream(values())
                .filter(mode -> mode.getParameter().equals(parameter))
                .findFirst()
                .orElse(CATEGORY);
    }
}
