package jp.mynaportal.application;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Online applications and the counter inbox in Payara Micro on PostgreSQL (row locks, BYTEA attachments). */
@ExtendWith(ArquillianExtension.class)
class ApplicationServicePostgresIT extends ApplicationServiceContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
