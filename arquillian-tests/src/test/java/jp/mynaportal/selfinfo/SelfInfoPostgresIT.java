package jp.mynaportal.selfinfo;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** あなたの情報's as-of answers in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SelfInfoPostgresIT extends SelfInfoContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
