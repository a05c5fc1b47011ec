package jp.mynaportal.insurance.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.insurance.model.Coverage;
import jp.mynaportal.insurance.model.Insurer;
import jp.mynaportal.insurance.model.InsurerKind;
import jp.mynaportal.insurance.repository.InsuranceRepository;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the demo profile only: the demo health insurers (the demo agencies of kind HEALTH_INSURER, with
 * made-up 保険者番号) and who of the demo residents they insure (see {@code docs/DEMO-RESIDENTS.md}). Nobody is registered: registering is
 * what the demo shows.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DemoResidents")
public class InsuranceDemoData {

    /** The demo insurers. */
    static final List<Insurer> INSURERS = List.of(
            new Insurer(
                    "01130012",
                    "kyoukaikenpo",
                    InsurerKind.KYOKAI,
                    "全国健康保険協会（協会けんぽ）",
                    "Japan Health Insurance Association (Kyokai Kenpo)",
                    "130001"),
            new Insurer(
                    "138016",
                    "kokuho-131016",
                    InsurerKind.KOKUHO,
                    "千代田区国民健康保険",
                    "Chiyoda City National Health Insurance",
                    "131016"),
            new Insurer(
                    "270017",
                    "kokuho-271004",
                    InsurerKind.KOKUHO,
                    "大阪市国民健康保険",
                    "Osaka City National Health Insurance",
                    "271004"));

    /** Card id of a demo resident → the insurer and 記号・番号 that cover them. */
    private record DemoCoverage(String cardId, String insurerNumber, String symbol, String number, LocalDate from) {}

    private static final List<DemoCoverage> COVERAGES = List.of(
            new DemoCoverage("hanako", "01130012", "5012", "3412", LocalDate.of(2019, 4, 1)),
            new DemoCoverage("taro", "270017", "大阪", "72031", LocalDate.of(2015, 11, 1)),
            new DemoCoverage("yuki", "01130012", "7031", "2041", LocalDate.of(2023, 4, 1)),
            new DemoCoverage("ken", "01130012", "5044", "9021", LocalDate.of(2020, 6, 1)),
            new DemoCoverage("staff-chiyoda", "138016", "千代", "80901", LocalDate.of(2010, 4, 1)));

    @Inject
    private InsuranceRepository insurance;

    @Inject
    private AccountRepository accounts;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(InsuranceDemoData.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            return;
        }
        for (Insurer insurer : INSURERS) {
            if (insurance.findInsurer(insurer.getInsurerNumber()).isEmpty()) {
                insurance.addInsurer(new Insurer(
                        insurer.getInsurerNumber(),
                        insurer.getAgencyCode(),
                        insurer.getKind(),
                        insurer.getNameJa(),
                        insurer.getNameEn(),
                        insurer.getLgCode()));
            }
        }
        for (DemoCoverage demo : COVERAGES) {
            String residentId = demoResidentId(demo.cardId());
            if (accounts.findResident(residentId).isPresent()
                    && insurance.coverages(residentId).isEmpty()) {
                insurance.addCoverage(
                        new Coverage(residentId, demo.insurerNumber(), demo.symbol(), demo.number(), demo.from()));
            }
        }
    }

    /** The id {@code DemoResidents} gives a demo card's resident. */
    static String demoResidentId(String cardId) {
        return UUID.nameUUIDFromBytes(("demo-resident:" + cardId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
