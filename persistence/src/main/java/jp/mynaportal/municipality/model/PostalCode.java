package jp.mynaportal.municipality.model;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 7-digit Japanese postal code. Accepts what residents type: {@code 1530063},
 * {@code 153-0063}, full-width {@code １５３－００６３}, with a leading 〒 or spaces.
 */
public final class PostalCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    /** Hyphen-like characters people type between the two parts, after NFKC. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—―−ー－〒]");

    private final String digits;

    private PostalCode(String digits) {
        this.digits = digits;
    }

    /** The postal code in {@code input}, or empty when it is not seven digits. */
    public static Optional<PostalCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(input, Normalizer.Form.NFKC);
        String digits = SEPARATORS.matcher(normalized).replaceAll("");
        return SEVEN_DIGITS.matcher(digits).matches() ? Optional.of(new PostalCode(digits)) : Optional.empty();
    }

    /** Seven digits, as stored: {@code 1530063}. */
    public String digits() {
        return digits;
    }

    /** As printed on mail: {@code 153-0063}. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalCode that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
