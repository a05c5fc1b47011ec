package jp.mynaportal.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Counts code points for {@link Characters}. */
public class CharactersValidator implements ConstraintValidator<Characters, CharSequence> {

    private int max;

    @Override
    public void initialize(Characters annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || count(value) <= max;
    }

    /** The number of characters as a person counts them (code points). */
    public static int count(CharSequence value) {
        return Character.codePointCount(value, 0, value.length());
    }
}
