package jp.mynaportal.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the container test classes: the classes of one shared deployment one after the
 * other, so that each shared Payara Micro starts once per run (see {@link SharedMicroContainer}):
 * first every class on H2, then the classes on PostgreSQL (their names say {@code Postgres}:
 * {@code ...PostgresIT}, or {@code Postgres...IT} for a client-side class that must not be packaged
 * into the deployment); by name within each group. No
 * class depends on coming before another: a test that needs a card holder without 利用者登録 makes
 * one ({@link TokenLogin#logInUnregistered}). It also notes whether the run holds
 * {@code ...PostgresIT} classes, so that {@link SharedMicroContainer} can start their Micro while
 * the H2 classes run.
 */
public final class SharedDeploymentOrder implements ClassOrderer {

    private static volatile boolean postgresClassesInRun;

    /** Whether this run has classes on PostgreSQL, which come after every H2 class. */
    static boolean postgresClassesInRun() {
        return postgresClassesInRun;
    }

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (context.getClassDescriptors().stream().anyMatch(SharedDeploymentOrder::onPostgres)) {
            postgresClassesInRun = true;
        }
        context.getClassDescriptors()
                .sort(Comparator.comparing(SharedDeploymentOrder::onPostgres)
                        .thenComparing(c -> c.getTestClass().getName()));
    }

    /**
     * Whether a class runs on the shared PostgreSQL deployment: one class of it among the H2
     * classes would stop the shared H2 Micro and start it again after.
     */
    private static boolean onPostgres(ClassDescriptor c) {
        return c.getTestClass().getSimpleName().contains("Postgres");
    }
}
