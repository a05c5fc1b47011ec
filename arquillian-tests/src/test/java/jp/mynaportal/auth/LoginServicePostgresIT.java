package jp.mynaportal.auth;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login services in Payara Micro on PostgreSQL: the auth, account, usage and counter tables there. */
@ExtendWith(ArquillianExtension.class)
class LoginServicePostgresIT extends LoginServiceContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
