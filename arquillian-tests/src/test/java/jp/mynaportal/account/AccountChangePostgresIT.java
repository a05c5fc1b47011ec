package jp.mynaportal.account;

import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** 利用者登録変更 and its mails in Payara Micro on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class AccountChangePostgresIT extends AccountChangeContract {

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedPostgres();
    }
}
