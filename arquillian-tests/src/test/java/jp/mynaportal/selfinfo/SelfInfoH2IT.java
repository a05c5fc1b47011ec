package jp.mynaportal.selfinfo;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** あなたの情報's as-of answers in Payara Micro on the embedded H2 database. */
@ExtendWith(ArquillianExtension.class)
class SelfInfoH2IT extends SelfInfoContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }
}
