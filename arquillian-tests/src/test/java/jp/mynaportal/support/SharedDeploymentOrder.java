package jp.mynaportal.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the container test classes: the classes of one shared deployment one after the
 * other, so that each shared Payara Micro starts once per run (see {@link SharedMicroContainer}):
 * first every class on H2, then the {@code ...PostgresIT} classes; by name within each group. No
 * class depends on coming before another: a test that needs a card holder without 利用者登録 makes
 * one ({@link TokenLogin#logInUnregistered}). It also notes whether the run holds
 * {@code ...PostgresIT} classes, so that {@link SharedMicroContainer} can start their Micro while
 * the H2 classes run.
 */
public final class SharedDeploymentOrder implements ClassOrderer {

    private static volatile boolean postgresClassesInRun;

    /** Whether this run has {@code ...PostgresIT} classes, which come after every H2 class. */
    static boolean postgresClassesInRun() {
        return postgresClassesInRun;
    }

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (context.getClassDescriptors().stream()
                .anyMatch(c -> c.getTestClass().getSimpleName().endsWith("PostgresIT"))) {
            postgresClassesInRun = true;
        }
        context.getClassDescriptors()
                .sort(Comparator.comparing((org.junit.jupiter.api.ClassDescriptor c) ->
                                c.getTestClass().getSimpleName().endsWith("PostgresIT"))
                        .thenComparing(c -> c.getTestClass().getName()));
    }
}
