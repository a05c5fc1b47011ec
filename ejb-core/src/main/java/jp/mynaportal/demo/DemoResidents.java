package jp.mynaportal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.ResidentChild;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.IssuedCard;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.counter.model.StaffAssignment;
import jp.mynaportal.counter.model.StaffRole;
import jp.mynaportal.counter.repository.StaffRepository;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the demo profile only ({@code mynaportal.profile=demo}): the demo residents of {@code docs/DEMO-RESIDENTS.md}, each with a
 * virtual card issued by the development PKI into the card folder (once; a card keeps its state,
 * a locked one stays locked), their certificates mapped to them, one counter staff member, and a
 * fresh CRL of both CAs. The portal trusts the PKI's auth CA through the default configuration.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class DemoResidents {

    private static final Logger LOG = Logger.getLogger(DemoResidents.class.getName());

    /** A demo resident with the PINs of their card. */
    record Demo(
            String cardId,
            String myNumber,
            String name,
            String address,
            LocalDate birthDate,
            Sex sex,
            String lgCode,
            String authPin,
            String signPassword,
            String factsPin,
            boolean staff) {}

    static final List<Demo> DEMOS = List.of(
            new Demo(
                    "hanako",
                    "123456789018",
                    "山田 花子",
                    "東京都千代田区霞が関二丁目1番2号",
                    LocalDate.of(1985, 4, 12),
                    Sex.FEMALE,
                    "131016",
                    "1234",
                    "HANAKO2025",
                    "1234",
                    false),
            new Demo(
                    "taro",
                    "234567890123",
                    "佐藤 太郎",
                    "大阪府大阪市北区中之島一丁目3番20号",
                    LocalDate.of(1972, 11, 3),
                    Sex.MALE,
                    "271276",
                    "2345",
                    "TARO1972",
                    "2345",
                    false),
            new Demo(
                    "yuki",
                    "345678901234",
                    "鈴木 ゆき",
                    "北海道札幌市中央区北一条西二丁目",
                    LocalDate.of(2001, 7, 30),
                    Sex.FEMALE,
                    "011011",
                    "3456",
                    "YUKI2001",
                    "3456",
                    false),
            new Demo(
                    "ken",
                    "456789012345",
                    "高橋 健",
                    "東京都目黒区上目黒二丁目19番15号",
                    LocalDate.of(1990, 2, 14),
                    Sex.MALE,
                    "131105",
                    "4567",
                    "KEN1990",
                    "4567",
                    false),
            new Demo(
                    "staff-chiyoda",
                    "567890123456",
                    "田中 一郎",
                    "東京都千代田区九段南一丁目2番1号",
                    LocalDate.of(1980, 9, 1),
                    Sex.MALE,
                    "131016",
                    "5678",
                    "TANAKA1980",
                    "5678",
                    true));

    /**
     * The children of the demo households, as the municipality registered them, consistent with
     * あなたの情報 ({@link DemoSelfInfo}): hanako's household became two in March 2024 with a child who
     * receives 児童手当 from April 2024 (her only 児童手当 record); taro's household of three has a
     * grown-up child, for whom nobody receives 児童手当. The お知らせ criteria "child under N" and
     * "児童手当" reach these households.
     */
    record DemoChild(LocalDate birthDate, boolean childAllowance) {}

    static final Map<String, List<DemoChild>> CHILDREN = Map.of(
            "hanako", List.of(new DemoChild(LocalDate.of(2024, 3, 1), true)),
            "taro", List.of(new DemoChild(LocalDate.of(2006, 5, 20), false)));

    @Inject
    private AccountRepository accounts;

    @Inject
    private StaffRepository staff;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(DemoResidents.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            return;
        }
        Path pkiFolder = ConfiguredPaths.pkiFolder(config);
        Path cardFolder = ConfiguredPaths.cardFolder(config);
        DevelopmentPki pki = DevelopmentPki.openOrCreate(pkiFolder);
        Instant now = Instant.now();
        for (Demo demo : DEMOS) {
            Path card = cardFolder.resolve(demo.cardId() + CardFile.EXTENSION);
            if (!Files.exists(card)) {
                pki.issue(
                        new jp.mynaportal.card.devpki.Resident(
                                demo.cardId(),
                                demo.myNumber(),
                                new BasicFacts(demo.name(), demo.address(), demo.birthDate(), demo.sex())),
                        new CardPins(
                                demo.authPin().toCharArray(),
                                demo.signPassword().toCharArray(),
                                demo.factsPin().toCharArray()),
                        cardFolder);
            }
            String residentId = UUID.nameUUIDFromBytes(
                            ("demo-resident:" + demo.cardId()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            if (accounts.findResident(residentId).isEmpty()) {
                accounts.addResident(
                        new Resident(residentId, demo.name(), demo.address(), demo.birthDate(), demo.lgCode(), now));
                if (demo.staff()) {
                    staff.add(new StaffAssignment(residentId, demo.lgCode(), StaffRole.PIN_RESET, now));
                }
            }
            if (accounts.findChildren(residentId).isEmpty()) {
                for (DemoChild child : CHILDREN.getOrDefault(demo.cardId(), List.of())) {
                    accounts.addChild(new ResidentChild(residentId, child.birthDate(), child.childAllowance()));
                }
            }
            IssuedCard issued = pki.cards().stream()
                    .filter(c -> c.cardId().equals(demo.cardId()))
                    .findFirst()
                    .orElseThrow();
            String reference = ResidentCertificate.reference(
                    pki.caCertificate(CardKey.AUTH).getSubjectX500Principal(), issued.authSerial());
            if (accounts.findCertificate(reference).isEmpty()) {
                accounts.addCertificate(new ResidentCertificate(reference, residentId, demo.cardId(), now));
            }
        }
        pki.publishCrls(pkiFolder, Duration.ofDays(7));
        LOG.info(() -> DEMOS.size() + " demo residents with virtual cards in " + cardFolder.toAbsolutePath());
    }
}
