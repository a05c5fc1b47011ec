package jp.mynaportal.startupfloor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The database and the persistence unit opened while the application deploys (as the portal's
 * schema migration and demo seed do), so that the first page does not pay for them.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:./startup-floor-db/floor",
        user = "sa",
        password = "")
public class ReadyAtDeployment {

    @EJB
    private Visits visits;

    @PostConstruct
    void open() {
        visits.count();
    }
}
