package jp.mynaportal.connect;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text an operator registered in Japanese and, where given, English. */
public record LocalizedText(String ja, String en) implements Serializable {

    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
    }

    /** The English text for an English locale when there is one, else the Japanese. */
    public String in(Locale locale) {
        return en != null && locale != null && "en".equals(locale.getLanguage()) ? en : ja;
    }
}
