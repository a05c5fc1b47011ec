package jp.mynaportal.platform.datasource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink would retry a query that lost its connection three times, five seconds apart, so a
 * page waited fifteen seconds for a database that is gone. The container's pool already hands out
 * only validated connections; a request that meets a lost database fails at once, and the portal
 * answers 503 for it.
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
