package jp.mynaportal.municipality.model;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Optional;

/**
 * What a resident typed to find a municipality by name: kanji or kana, whole or in part,
 * full- or half-width. Katakana is read as hiragana, the form the reference data keeps.
 */
public final class MunicipalityNameQuery implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KATAKANA_TO_HIRAGANA = 'ア' - 'あ';

    private final String text;

    private MunicipalityNameQuery(String text) {
        this.text = text;
    }

    /** The query in {@code input}, or empty when nothing searchable was typed. */
    public static Optional<MunicipalityNameQuery> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
        StringBuilder text = new StringBuilder(normalized.length());
        normalized
                .codePoints()
                .filter(cp -> !Character.isWhitespace(cp))
                .map(cp -> cp >= 'ァ' && cp <= 'ヶ' ? cp - KATAKANA_TO_HIRAGANA : cp)
                .forEach(text::appendCodePoint);
        return text.length() == 0 ? Optional.empty() : Optional.of(new MunicipalityNameQuery(text.toString()));
    }

    /** The normalised text: NFKC, no spaces, katakana turned into hiragana. */
    public String text() {
        return text;
    }

    /** A LIKE pattern that finds the text anywhere, with LIKE's wildcards escaped by {@code \}. */
    public String containsPattern() {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    @Override
    public String toString() {
        return text;
    }
}
