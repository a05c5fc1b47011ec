package jp.mynaportal.connect;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connected sites' お知らせ in Payara Micro on the embedded H2 database. */
@ExtendWith(ArquillianExtension.class)
class SiteNoticeH2IT extends SiteNoticeContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }
}
