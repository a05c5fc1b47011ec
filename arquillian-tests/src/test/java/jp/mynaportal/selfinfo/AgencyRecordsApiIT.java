package jp.mynaportal.selfinfo;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The agencies' upload of あなたの情報 records over HTTP on the shared H2 deployment. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyRecordsApiIT extends AgencyRecordsApiTests {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }
}
