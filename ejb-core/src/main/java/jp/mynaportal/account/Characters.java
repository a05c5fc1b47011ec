package jp.mynaportal.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most {@link #max()} characters as a person counts them: a full-width character and a
 * character outside the Basic Multilingual Plane (a surrogate pair, e.g. 𠮷) are one character
 * each. Null is valid.
 */
@Documented
@Constraint(validatedBy = CharactersValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Characters {

    int max();

    String message() default "{account.nickname.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
