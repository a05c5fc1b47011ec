package jp.mynaportal.support;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The portal that the browser test classes ({@link BrowserPortalTest}) share: a standalone Payara
 * Micro with the WAR as built, the demo on the H2 file database of its data folder (a copy of the
 * build's migrated template, {@code H2Template}) and the shared H2 deployment's
 * settings (the operating body {@link PortalDeployment#OPERATOR}, reader login from this machine, the
 * tests' login rate limit, mail to a port where nothing listens, so mails wait in the outbox).
 * Started by the first browser class that asks, stopped when the test JVM ends.
 *
 * <p>It is a server of its own so that the browser classes, one after the other, run in a third
 * lane beside the in-container and HTTP classes of the shared deployments (one Arquillian class at a
 * time) and the classes with servers of their own: a browser test drives Chromium and waits on its
 * pages, which took about half of the first lane's time. Its working folder is fixed ({@link
 * #FOLDER}), so its demo cards and development PKI are at {@link #DATA} before it starts, for the
 * browser classes' constants; it is emptied at each start.
 */
public final class BrowserPortal {

    /** The portal's working folder, in the build's folder. */
    public static final Path FOLDER = Path.of(System.getProperty("project.build.directory", "target"), "browser-portal")
            .toAbsolutePath();

    /** The portal's data folder: its demo cards ({@code cards}), development PKI ({@code pki}), … */
    public static final Path DATA = FOLDER.resolve("data");

    /**
     * The JVM options of the shared Micros (arquillian.xml: a non-UTC zone, the serial collector) and
     * the client compiler only: over four browser classes the portal used about 0.55 of the CPU time
     * it used with both compilers (0.55 and 0.58 in two pairs; docs/PERFORMANCE.md, "Three lanes").
     */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Tokyo");

    private static StandaloneMicro micro;

    private BrowserPortal() {}

    /** The portal's address with a trailing slash, as Arquillian gives a deployment's; started now if no class has asked before. */
    public static URL url() {
        try {
            return URI.create(micro().address() + "/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized StandaloneMicro micro() {
        if (micro == null) {
            try {
                micro = start();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the browser tests' portal started", e);
            }
        }
        return micro;
    }

    private static StandaloneMicro start() throws java.io.IOException, InterruptedException {
        StandaloneMicro started = StandaloneMicro.start(
                        Map.of(
                                "MYNAPORTAL_PROFILE",
                                "demo",
                                "MYNAPORTAL_OPERATOR_NAME",
                                PortalDeployment.OPERATOR,
                                "MYNAPORTAL_AUTH_READER_TERMINALS",
                                PortalDeployment.thisMachinesAddresses(),
                                "MYNAPORTAL_AUTH_LOGIN_REQUESTS_PER_MINUTE",
                                String.valueOf(PortalDeployment.LOGIN_REQUESTS_PER_MINUTE),
                                "MYNAPORTAL_MAIL_SMTP_HOST",
                                "127.0.0.1",
                                "MYNAPORTAL_MAIL_SMTP_PORT",
                                String.valueOf(PortalDeployment.freePort()),
                                "MYNAPORTAL_MAIL_SMTP_STARTTLS",
                                "false"),
                        FOLDER,
                        JVM_OPTIONS)
                .readyOrFail("The browser tests' portal");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.kill();
            } catch (InterruptedException e) {
                // nothing is checked at its shutdown; the next start empties its folder
                Thread.currentThread().interrupt();
            }
        }));
        return started;
    }
}
