package jp.mynaportal.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means that the database cannot be reached (its server stopped, restarting, or
 * the network to it gone), as opposed to a fault of the portal: a connection-class SQL state
 * ({@code 08…}), an operator shutdown or a server still starting ({@code 57P…}), a refused
 * connection, or the connection pool unable to hand out a connection, anywhere in the chain of
 * causes.
 */
public final class DatabaseOutage {

    /** How long a visitor is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {}

    /**
     * The JSON body of a 503 of the REST API: in English when the client asks for it first
     * ({@code Accept-Language}), in Japanese otherwise.
     */
    public static jakarta.json.JsonObject apiAnswer(String acceptLanguage) {
        java.util.Locale locale = acceptLanguage != null
                        && acceptLanguage.toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? java.util.Locale.ENGLISH
                : java.util.Locale.JAPANESE;
        return jakarta.json.Json.createObjectBuilder()
                .add("result", "DATABASE_UNAVAILABLE")
                .add(
                        "message",
                        java.util.ResourceBundle.getBundle(Messages.BUNDLE, locale)
                                .getString("error.unavailable.body"))
                .build();
    }

    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (signalsOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getNextException() != null
                    && signalsOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean signalsOutage(Throwable t) {
        if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.startsWith("57P");
        }
        // the container's pool: com.sun.appserv.connectors.internal.api.PoolingException
        return t.getClass().getSimpleName().equals("PoolingException");
    }
}
