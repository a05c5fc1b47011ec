package jp.mynaportal.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import jp.mynaportal.municipality.MunicipalityLookupException.Reason;
import jp.mynaportal.municipality.model.MunicipalityKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the municipality service answers, whatever the database: each database's test class
 * deploys the built portal on it and inherits these tests, which run inside Payara Micro.
 */
abstract class MunicipalityServiceContract {

    private static final String MEGURO = "131105";

    private MunicipalityService municipalities;
    private DataSource dataSource;

    /** Looks the service up as a view would get it (field injection is not applied to JUnit 5 tests here). */
    @BeforeEach
    void lookUp() throws NamingException {
        municipalities = CDI.current().select(MunicipalityService.class).get();
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
    }

    @Test
    void resolvesAPostalCodeToItsWard() {
        PostalCodeLookup lookup = municipalities.findByPostalCode("1530063");
        assertThat(lookup.municipality().getLgCode()).isEqualTo(MEGURO);
        assertThat(lookup.municipality().getFullName()).isEqualTo("東京都目黒区");
        assertThat(lookup.towns()).contains("目黒");
    }

    @Test
    void acceptsAHyphenatedPostalCode() {
        assertThat(municipalities.findByPostalCode("153-0063").municipality().getLgCode())
                .isEqualTo(MEGURO);
    }

    @Test
    void acceptsAFullWidthPostalCode() {
        assertThat(municipalities.findByPostalCode("１５３００６３").municipality().getLgCode())
                .isEqualTo(MEGURO);
    }

    @Test
    void rejectsAPostalCodeOfTheWrongLength() {
        assertThatThrownBy(() -> municipalities.findByPostalCode("153006"))
                .isInstanceOfSatisfying(
                        MunicipalityLookupException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.POSTAL_CODE_FORMAT));
    }

    @Test
    void rejectsAPostalCodeThatExistsNowhere() {
        assertThatThrownBy(() -> municipalities.findByPostalCode("0000001"))
                .isInstanceOfSatisfying(
                        MunicipalityLookupException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.POSTAL_CODE_UNKNOWN));
    }

    @Test
    void resolvesAPostalCodeOfTheWardsHamamatsuCreatedIn2024() {
        assertThat(municipalities.findByPostalCode("430-0801").municipality().getFullName())
                .isEqualTo("静岡県浜松市中央区");
    }

    @Test
    void findsAMunicipalityByPartOfItsName() {
        assertThat(municipalities.findByName("目黒"))
                .extracting(MunicipalityInfo::getLgCode)
                .contains(MEGURO);
    }

    @Test
    void findsAMunicipalityByItsReadingInHiragana() {
        assertThat(municipalities.findByName("めぐろ"))
                .extracting(MunicipalityInfo::getLgCode)
                .contains(MEGURO);
    }

    @Test
    void findsAMunicipalityByItsReadingInKatakana() {
        assertThat(municipalities.findByName("メグロ"))
                .extracting(MunicipalityInfo::getLgCode)
                .contains(MEGURO);
    }

    @Test
    void neverOffersAPrefectureAsAMunicipality() {
        List<MunicipalityInfo> found = municipalities.findByName("京都");
        assertThat(found).extracting(MunicipalityInfo::getName).contains("京都市");
        assertThat(found).extracting(MunicipalityInfo::getKind).doesNotContain(MunicipalityKind.PREFECTURE);
    }

    @Test
    void saysWhenNoMunicipalityHasTheName() {
        assertThatThrownBy(() -> municipalities.findByName("存在しない町"))
                .isInstanceOfSatisfying(
                        MunicipalityLookupException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NAME_NOT_FOUND));
    }

    @Test
    void listsTheFortySevenPrefectures() {
        assertThat(municipalities.prefectures())
                .hasSize(47)
                .first()
                .extracting(MunicipalityInfo::getName)
                .isEqualTo("北海道");
    }

    @Test
    void listsTheWardsOfADesignatedCityUnderTheCity() {
        List<MunicipalityChoice> hokkaido = municipalities.municipalitiesOf("北海道");
        int sapporo = hokkaido.stream().map(MunicipalityChoice::label).toList().indexOf("札幌市");
        MunicipalityChoice firstWard = hokkaido.get(sapporo + 1);
        assertThat(firstWard.underCity()).isTrue();
        assertThat(firstWard.label()).isEqualTo("中央区");
        assertThat(firstWard.municipality().getParentLgCode())
                .isEqualTo(hokkaido.get(sapporo).lgCode());
    }

    @Test
    void loadsTheReferenceDataOnceAsAMigration() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"description\" = 'load reference data' AND \"success\" = TRUE")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void holdsEveryMunicipalityAndPostalArea() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM municipality), (SELECT COUNT(*) FROM postal_area)")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1972);
            assertThat(rows.getInt(2)).isEqualTo(120497);
        }
    }
}
