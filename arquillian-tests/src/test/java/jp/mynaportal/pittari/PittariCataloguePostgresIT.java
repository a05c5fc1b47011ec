package jp.mynaportal.pittari;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ぴったりサービス catalogue in Payara Micro on PostgreSQL, the production database. */
@ExtendWith(ArquillianExtension.class)
class PittariCataloguePostgresIT extends PittariCatalogueContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
