package jp.mynaportal.home.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The nine services of the top page, in the handbook's order a–i. A tile whose function is not
 * built yet leads to the "not available yet" page; {@link #page} names the page once it is.
 * Names and descriptions are message keys {@code service.<key>.name} / {@code .description}.
 */
public enum ServiceTile {
    INSURANCE('a', "/insurance/index.xhtml"),
    PITTARI('b', "/pittari/index.xhtml"),
    SELFINFO('c', "/selfinfo/index.xhtml"),
    EXCHANGE('d', "/exchange/index.xhtml"),
    NOTICE('e', "/notice/list.xhtml"),
    USAGE('f', "/usage/history.xhtml"),
    ACCOUNT('g', "/account/change.xhtml"),
    LINKAGE('h', "/connect/sites.xhtml"),
    PROXY('i', "/proxy/index.xhtml");

    private static final String UNAVAILABLE_PAGE = "/home/unavailable.xhtml";

    private final char letter;
    private final String page;

    ServiceTile(char letter, String page) {
        this.letter = letter;
        this.page = page;
    }

    public char getLetter() {
        return letter;
    }

    /** The function package name, also the message key segment: {@code pittari}. */
    public String getKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAvailable() {
        return page != null;
    }

    /** The view the tile leads to. */
    public String getOutcome() {
        return isAvailable() ? page : UNAVAILABLE_PAGE;
    }

    public static Optional<ServiceTile> byKey(String key) {
        return Arrays.stream(values()).filter(tile -> tile.getKey().equals(key)).findFirst();
    }
}
