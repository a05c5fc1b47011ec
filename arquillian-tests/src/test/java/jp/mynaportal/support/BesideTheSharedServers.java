package jp.mynaportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that starts a server process of its own (a standalone Payara Micro, the EAR on
 * Payara Server) without Arquillian: it runs in a second lane beside the classes of the shared
 * deployments, which run one after the other in the first, and the browser classes, which run in
 * a third ({@link BrowserPortalTest}; the failsafe configuration enables JUnit's parallel execution
 * with three threads and same-thread as the default). The classes of the second lane run one after
 * the other (they share one lock), each with its test methods in order. Such a class keeps
 * everything it touches to itself: its own working folder, ports and database, so it may as well
 * run in the first lane without this annotation: which of them do is chosen so that the lanes end
 * at about the same time (docs/PERFORMANCE.md, "Three lanes").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(BesideTheSharedServers.LANE)
public @interface BesideTheSharedServers {

    /** The lock that keeps the classes of the second lane one after the other. */
    String LANE = "a server process of its own";
}
