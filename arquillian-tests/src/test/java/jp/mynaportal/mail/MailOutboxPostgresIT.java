package jp.mynaportal.mail;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mail outbox in Payara Micro on the PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxPostgresIT extends MailOutboxContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
