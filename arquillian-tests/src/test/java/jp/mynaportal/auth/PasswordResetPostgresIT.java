package jp.mynaportal.auth;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The self-service password reset in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetPostgresIT extends PasswordResetContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
