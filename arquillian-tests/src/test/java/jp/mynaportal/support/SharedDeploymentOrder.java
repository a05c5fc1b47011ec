package jp.mynaportal.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the container test classes: the classes of one shared deployment one after the
 * other, so that each shared Payara Micro starts once per run (see {@link SharedMicroContainer}):
 * first every class on H2, then the {@code ...PostgresIT} classes; by name within each group. No
 * class depends on coming before another: a test that needs a card holder without 利用者登録 makes
 * one ({@link TokenLogin#logInUnregistered}).
 */
public final class SharedDeploymentOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing((org.junit.jupiter.api.ClassDescriptor c) ->
                                c.getTestClass().getSimpleName().endsWith("PostgresIT"))
                        .thenComparing(c -> c.getTestClass().getName()));
    }
}
