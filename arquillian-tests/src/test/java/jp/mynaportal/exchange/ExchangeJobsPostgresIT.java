package jp.mynaportal.exchange;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** 提供要求 as jobs in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ExchangeJobsPostgresIT extends ExchangeJobsContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
