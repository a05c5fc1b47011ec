package jp.mynaportal.proxy;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** 代理人 registrations in Payara Micro on the embedded H2 database. */
@ExtendWith(ArquillianExtension.class)
class ProxyServiceH2IT extends ProxyServiceContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }
}
