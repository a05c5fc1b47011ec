package jp.mynaportal.selfinfo;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agencies' upload of あなたの情報 records over HTTP on the shared PostgreSQL deployment (where
 * the JDBC batches become multi-row INSERTs). Not named {@code ...PostgresIT}: that name would put
 * this client-side test into the deployment as an in-container test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresAgencyRecordsApiIT extends AgencyRecordsApiTests {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
