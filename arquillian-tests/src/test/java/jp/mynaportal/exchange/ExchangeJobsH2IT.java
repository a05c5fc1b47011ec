package jp.mynaportal.exchange;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** 提供要求 as jobs in Payara Micro on the embedded H2 database. */
@ExtendWith(ArquillianExtension.class)
class ExchangeJobsH2IT extends ExchangeJobsContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }
}
