package jp.mynaportal.pittari;

import java.io.Serializable;
import java.util.Objects;

/**
 * A text as a page shows it, with the language it is written in ({@code "en"} or {@code "ja"}),
 * for the element's {@code lang} attribute: a Japanese text on an English page is marked.
 */
public record ShownText(String text, String lang) implements Serializable {

    public ShownText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
    }

    /** The English text where the page is English and there is one, else the Japanese text. */
    static ShownText of(String language, String english, String japanese) {
        return "en".equals(language) && english != null ? new ShownText(english, "en") : new ShownText(japanese, "ja");
    }
}
