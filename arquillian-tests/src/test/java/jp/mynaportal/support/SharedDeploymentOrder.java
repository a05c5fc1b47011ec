package jp.mynaportal.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the container test classes: the classes of one shared deployment one after the
 * other, so that each shared Payara Micro starts once per run (see {@link SharedMicroContainer}):
 * first every class on H2 (the one marked {@link FirstOnTheSharedH2} before the others), then the
 * {@code ...PostgresIT} classes; by name within each group. It also notes whether the run holds
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
        long first = context.getClassDescriptors().stream()
                .filter(c -> c.getTestClass().isAnnotationPresent(FirstOnTheSharedH2.class))
                .count();
        if (first > 1) {
            throw new IllegalStateException("Only one class can be first on the shared H2 database; " + first
                    + " are marked @FirstOnTheSharedH2");
        }
        if (context.getClassDescriptors().stream()
                .anyMatch(c -> c.getTestClass().getSimpleName().endsWith("PostgresIT"))) {
            postgresClassesInRun = true;
        }
        context.getClassDescriptors()
                .sort(Comparator.comparing((org.junit.jupiter.api.ClassDescriptor c) ->
                                c.getTestClass().getSimpleName().endsWith("PostgresIT"))
                        .thenComparing(c -> !c.getTestClass().isAnnotationPresent(FirstOnTheSharedH2.class))
                        .thenComparing(c -> c.getTestClass().getName()));
    }
}
