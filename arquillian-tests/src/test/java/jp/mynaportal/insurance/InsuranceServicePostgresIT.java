package jp.mynaportal.insurance;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** 健康保険証利用申込 and オンライン資格確認 in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class InsuranceServicePostgresIT extends InsuranceServiceContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
