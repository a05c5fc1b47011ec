package jp.mynaportal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class on the shared H2 deployment that must meet some demo residents as the demo seed
 * made them (e.g. not yet registered, with no 利用履歴 of other tests): {@link
 * SharedDeploymentOrder} runs these classes first, right after the shared Micro started on its
 * fresh database, by name. The class names which residents in {@link #value()}; no two such
 * classes may need the same resident, and no other class may expect them fresh.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FreshDemoResidents {

    /** The card ids of the demo residents the class needs as seeded, e.g. {@code "hanako"}. */
    String[] value();
}
