package jp.mynaportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aClosedConnectionDeepInsideAnEjbFailureIsAnOutage() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        Exception failure = new ServletException("view", new EJBException(new PersistenceException("query", closed)));
        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    @Test
    void anAdministratorShutdownOfTheServerIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void aRefusedConnectionIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new EJBException(new RuntimeException(new ConnectException("refused")))))
                .isTrue();
    }

    @Test
    void aConstraintViolationIsNoOutage() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key value", "23505"))))
                .isFalse();
    }

    @Test
    void aFaultOfThePortalIsNoOutage() {
        assertThat(DatabaseOutage.isCause(new EJBException(new IllegalStateException("bug"))))
                .isFalse();
    }
}
