package jp.mynaportal.support;

import java.util.Map;

/**
 * The standalone Micro that the second lane's HTTP-rule classes share ({@code HttpsRequiredIT},
 * {@code SessionTimeoutIT}) instead of a start each: the demo on the H2 file database of its data
 * folder (a copy of the build's migrated template), behind a
 * TLS-terminating proxy ({@code mynaportal.https.required} with the proxy header {@value #PROXY_HEADER},
 * so a request is served only when that header says {@code https}) and with a short absolute
 * session timeout ({@value #ABSOLUTE_SECONDS} s). Neither setting disturbs the other class: the
 * HTTPS rule refuses before a session exists, and the timeout test marks its requests as HTTPS.
 * Started by the first class that asks, stopped when the test JVM ends.
 */
public final class BehindAProxyPortal {

    /** The header in which the proxy says the client's scheme. */
    public static final String PROXY_HEADER = "X-Forwarded-Proto";

    /** The absolute session timeout of this portal, in seconds. */
    public static final int ABSOLUTE_SECONDS = 15;

    private static StandaloneMicro micro;

    private BehindAProxyPortal() {}

    /** The running portal, started now if no class has asked before. */
    public static synchronized StandaloneMicro micro() throws Exception {
        if (micro == null) {
            StandaloneMicro started = StandaloneMicro.start(Map.of(
                            "MYNAPORTAL_PROFILE",
                            "demo",
                            "MYNAPORTAL_HTTPS_REQUIRED",
                            "true",
                            "MYNAPORTAL_HTTPS_PROXY_HEADER",
                            PROXY_HEADER,
                            "MYNAPORTAL_SESSION_ABSOLUTE_SECONDS",
                            String.valueOf(ABSOLUTE_SECONDS)))
                    .readyOrFail("The portal behind a proxy");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (java.io.IOException | InterruptedException e) {
                    // the process was asked to stop before this; only its folder may be left
                    Thread.currentThread().interrupt();
                }
            }));
            micro = started;
        }
        return micro;
    }
}
