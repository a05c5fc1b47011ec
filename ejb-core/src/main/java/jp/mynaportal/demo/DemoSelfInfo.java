package jp.mynaportal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.model.RecordValue;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the demo profile only: あなたの情報 of every demo resident, as the demo agencies would have
 * sent it: 15 分野詳細 in 5 分野, with history — 税・所得 for each of five years (2023's corrected
 * by the municipality), a household that changed, a pension estimate that changed every year,
 * health checkups and medical costs over time — so that the 確認対象日 visibly changes the answer.
 * Each record is written once (its agency record id is its key).
 */
@PermitAll
@Singleton
@Startup
@DependsOn({"SchemaStartup", "DemoAgencies"})
public class DemoSelfInfo {

    private static final Logger LOG = Logger.getLogger(DemoSelfInfo.class.getName());

    @Inject
    private SelfInfoRepository records;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig(DemoSelfInfo.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            return;
        }
        int written = 0;
        for (int i = 0; i < DemoResidents.DEMOS.size(); i++) {
            DemoResidents.Demo demo = DemoResidents.DEMOS.get(i);
            String residentId = UUID.nameUUIDFromBytes(
                            ("demo-resident:" + demo.cardId()).getBytes(StandardCharsets.UTF_8))
                    .toString();
            Seed seed = new Seed(residentId, demo, i);
            seed.all();
            written += seed.write();
        }
        int count = written;
        LOG.info(() -> count + " demo records of あなたの情報 written");
    }

    /** The records of one demo resident; amounts vary with the resident's position in the list. */
    private final class Seed {

        private final String residentId;
        private final DemoResidents.Demo demo;
        private final int n;
        private final String municipality;
        private final String insurer;
        private final List<InfoRecord> pending = new ArrayList<>();
        private final List<InfoRecord> corrections = new ArrayList<>();

        Seed(String residentId, DemoResidents.Demo demo, int n) {
            this.residentId = residentId;
            this.demo = demo;
            this.n = n;
            this.municipality = switch (demo.lgCode()) {
                case "271276" -> "lg-271004";
                case "011011" -> "lg-011002";
                case "131105" -> "lg-131105";
                default -> "lg-131016";
            };
            this.insurer = demo.lgCode().equals("271276") ? "kokuho-271004" : "kyoukaikenpo";
        }

        void all() {
            long base = 3_600_000L + 450_000L * n;
            for (int year = 2021; year <= 2025; year++) {
                long income = base + 120_000L * (year - 2021);
                long taxable = income - 1_130_000L;
                add(
                        "tax_income",
                        municipality,
                        "tax-" + year,
                        LocalDate.of(year, 6, 1),
                        LocalDate.of(year + 1, 6, 1),
                        RecordValue.integer("taxYear", year),
                        RecordValue.integer("income", income),
                        RecordValue.integer("taxableIncome", taxable),
                        RecordValue.integer("residentTax", taxable / 10 + 5_000),
                        RecordValue.integer("dependents", year >= 2024 && n == 0 ? 1 : 0));
            }
            correctTax2023(base);
            for (int year = 2021; year <= 2025; year++) {
                add(
                        "pension",
                        "nenkin",
                        "estimate-" + year,
                        LocalDate.of(year, 4, 1),
                        LocalDate.of(year + 1, 4, 1),
                        RecordValue.text("pensionKind", "老齢基礎年金・老齢厚生年金（見込額）"),
                        RecordValue.integer("annualAmount", 1_020_000L + 30_000L * n + 18_500L * (year - 2021)),
                        RecordValue.text("paymentMonths", "偶数月"));
            }
            add(
                    "pension_other",
                    "nenkin",
                    "months-2025",
                    LocalDate.of(2025, 4, 1),
                    null,
                    RecordValue.integer("insuredMonths", 240 + 12 * n),
                    RecordValue.integer("exemptMonths", n == 2 ? 24 : 0),
                    RecordValue.date("asOf", LocalDate.of(2025, 3, 31)));
            String address = demo.address();
            add(
                    "household",
                    municipality,
                    "household-1",
                    LocalDate.of(2015, 4, 1),
                    LocalDate.of(2024, 3, 15),
                    RecordValue.text("householder", demo.name()),
                    RecordValue.text("relationship", "世帯主"),
                    RecordValue.integer("members", 1 + (n % 2)),
                    RecordValue.text("address", address));
            add(
                    "household",
                    municipality,
                    "household-2",
                    LocalDate.of(2024, 3, 15),
                    null,
                    RecordValue.text("householder", demo.name()),
                    RecordValue.text("relationship", "世帯主"),
                    RecordValue.integer("members", 2 + (n % 2)),
                    RecordValue.text("address", address));
            add(
                    "health_card",
                    insurer,
                    "card",
                    LocalDate.of(2019, 4, 1),
                    null,
                    RecordValue.text("insurerName", insurer.equals("kyoukaikenpo") ? "全国健康保険協会" : "大阪市国民健康保険"),
                    RecordValue.text("symbol", "1234" + n),
                    RecordValue.text("number", String.valueOf(50 + n)),
                    RecordValue.date("qualifiedOn", LocalDate.of(2019, 4, 1)),
                    RecordValue.integer("copayRate", 30));
            add(
                    "insured_number",
                    insurer,
                    "number",
                    LocalDate.of(2019, 4, 1),
                    null,
                    RecordValue.text("insurerNumber", insurer.equals("kyoukaikenpo") ? "01130012" : "00270009"),
                    RecordValue.text("insuredNumber", "1234" + n + "-" + (50 + n)),
                    RecordValue.text("branch", "00"));
            add(
                    "insurance",
                    insurer,
                    "qualification",
                    LocalDate.of(2019, 4, 1),
                    null,
                    RecordValue.text("insurerName", insurer.equals("kyoukaikenpo") ? "全国健康保険協会" : "大阪市国民健康保険"),
                    RecordValue.text("insuredKind", "本人"),
                    RecordValue.date("qualifiedOn", LocalDate.of(2019, 4, 1)));
            for (int year = 2023; year <= 2025; year++) {
                add(
                        "health_checkup",
                        insurer,
                        "checkup-" + year,
                        LocalDate.of(year, 6, 10),
                        LocalDate.of(year + 1, 6, 10),
                        RecordValue.date("examinedOn", LocalDate.of(year, 6, 10)),
                        RecordValue.decimal("height", new BigDecimal("165.2").add(BigDecimal.valueOf(n))),
                        RecordValue.decimal("weight", new BigDecimal("58.4").add(BigDecimal.valueOf(year - 2023))),
                        RecordValue.decimal(
                                "bmi",
                                new BigDecimal("21.4")
                                        .add(new BigDecimal("0.4").multiply(BigDecimal.valueOf(year - 2023)))),
                        RecordValue.integer("systolic", 118 + 2L * (year - 2023)));
            }
            for (int month = 1; month <= 3; month++) {
                LocalDate first = LocalDate.of(2025, month, 1);
                add(
                        "medical_cost",
                        insurer,
                        "cost-2025-" + month,
                        first,
                        first.plusMonths(1),
                        RecordValue.text("month", "2025年" + month + "月"),
                        RecordValue.text("institution", "霞が関中央病院"),
                        RecordValue.integer("totalCost", 12_340L * month),
                        RecordValue.integer("ownPayment", 3_702L * month));
            }
            add(
                    "treatment",
                    "med-kasumigaseki",
                    "visit-2025-02",
                    LocalDate.of(2025, 2, 12),
                    null,
                    RecordValue.date("treatedOn", LocalDate.of(2025, 2, 12)),
                    RecordValue.text("institution", "霞が関中央病院"),
                    RecordValue.text("medicine", "アセトアミノフェン錠200mg"),
                    RecordValue.integer("days", 5));
            add(
                    "vaccination",
                    municipality,
                    "flu-2024",
                    LocalDate.of(2024, 11, 5),
                    null,
                    RecordValue.text("vaccine", "インフルエンザ"),
                    RecordValue.integer("dose", 1),
                    RecordValue.date("vaccinatedOn", LocalDate.of(2024, 11, 5)),
                    RecordValue.text("place", "区内協力医療機関"));
            add(
                    "screening",
                    municipality,
                    "screening-2024",
                    LocalDate.of(2024, 9, 20),
                    null,
                    RecordValue.text("screening", "胃がん検診"),
                    RecordValue.date("examinedOn", LocalDate.of(2024, 9, 20)),
                    RecordValue.text("result", "異常なし"));
            for (int year = 2023; year <= 2024; year++) {
                add(
                        "deduction_cost",
                        "nta",
                        "deduction-" + year,
                        LocalDate.of(year + 1, 1, 15),
                        null,
                        RecordValue.integer("year", year),
                        RecordValue.integer("totalCost", 86_000L + 21_000L * (year - 2023)),
                        RecordValue.integer("institutions", 3));
            }
            add(
                    "public_account",
                    "nta",
                    "account",
                    LocalDate.of(2022, 10, 1),
                    null,
                    RecordValue.text("bank", "デモ銀行"),
                    RecordValue.text("branch", "霞が関支店"),
                    RecordValue.text("accountType", "普通"),
                    RecordValue.text("accountNumber", "****" + (1234 + n)),
                    RecordValue.date("registeredOn", LocalDate.of(2022, 10, 1)));
            if (n == 0) {
                add(
                        "child_allowance",
                        municipality,
                        "allowance",
                        LocalDate.of(2024, 4, 1),
                        null,
                        RecordValue.integer("children", 1),
                        RecordValue.integer("monthlyAmount", 15_000),
                        RecordValue.date("decidedOn", LocalDate.of(2024, 4, 1)));
            }
        }

        /** 2023's tax record as first sent, and the municipality's correction of it in 2024. */
        private void correctTax2023(long base) {
            InfoRecord first = pending.stream()
                    .filter(r -> r.getAgencyRecordId().equals(key("tax-2023")))
                    .findFirst()
                    .orElseThrow();
            long income = base + 240_000L + 80_000L;
            long taxable = income - 1_130_000L;
            corrections.add(first.correctedBy(
                    residentId,
                    "tax_income",
                    first.getValidFrom(),
                    first.getValidTo(),
                    LocalDate.of(2024, 2, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
                    List.of(
                            RecordValue.integer("taxYear", 2023),
                            RecordValue.integer("income", income),
                            RecordValue.integer("taxableIncome", taxable),
                            RecordValue.integer("residentTax", taxable / 10 + 5_000),
                            RecordValue.integer("dependents", 0))));
        }

        private String key(String suffix) {
            return "demo-" + demo.cardId() + "-" + suffix;
        }

        private void add(
                String item, String agency, String suffix, LocalDate from, LocalDate to, RecordValue... values) {
            Instant recorded = (to == null ? from : from).atStartOfDay().toInstant(ZoneOffset.UTC);
            pending.add(new InfoRecord(residentId, item, agency, key(suffix), 1, from, to, recorded, List.of(values)));
        }

        /** Writes the records this resident does not have yet; how many. */
        int write() {
            if (!records.findVersions(
                            pending.get(0).getAgencyCode(), pending.get(0).getAgencyRecordId())
                    .isEmpty()) {
                return 0;
            }
            pending.forEach(records::add);
            records.flush();
            corrections.forEach(records::add);
            return pending.size() + corrections.size();
        }
    }
}
