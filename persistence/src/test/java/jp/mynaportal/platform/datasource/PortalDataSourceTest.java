package jp.mynaportal.platform.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PortalDataSourceTest {

    private static PGSimpleDataSource postgres(String url) {
        return (PGSimpleDataSource) PortalDataSource.open(new DatabaseSettings(url, "portal", "secret"));
    }

    @Test
    void aPostgresConnectionGivesUpConnectingAfterFiveSeconds() {
        assertThat(postgres("jdbc:postgresql://db:5432/portal").getConnectTimeout())
                .isEqualTo(5);
    }

    @Test
    void aPostgresConnectionGivesUpWaitingForAnAnswerAfterNinetySeconds() {
        assertThat(postgres("jdbc:postgresql://db:5432/portal").getSocketTimeout())
                .isEqualTo(90);
    }

    @Test
    void timeoutsInTheConfiguredUrlWin() {
        assertThat(postgres("jdbc:postgresql://db:5432/portal?connectTimeout=2").getConnectTimeout())
                .isEqualTo(2);
    }

    @Test
    void batchedPostgresInsertsAreSentAsMultiRowInserts() {
        assertThat(postgres("jdbc:postgresql://db:5432/portal").getReWriteBatchedInserts())
                .isTrue();
    }

    @Test
    void theConfiguredUrlMayTurnMultiRowInsertsOff() {
        assertThat(postgres("jdbc:postgresql://db:5432/portal?reWriteBatchedInserts=false")
                        .getReWriteBatchedInserts())
                .isFalse();
    }
}
