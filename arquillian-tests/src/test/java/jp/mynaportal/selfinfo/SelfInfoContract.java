package jp.mynaportal.selfinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import jp.mynaportal.selfinfo.model.InfoRecord;
import jp.mynaportal.selfinfo.model.RecordValue;
import jp.mynaportal.selfinfo.repository.SelfInfoRepository;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * あなたの情報's as-of answers in the container, on the deployment's database: the demo resident
 * ken asks, each test in a 分野詳細 that nothing else writes for him. A 確認対象日 before the first
 * version finds nothing; a period's first day belongs to it and its end date to the next one; a
 * corrected record shows the correction with the version it replaced; another resident's records
 * never appear; every answer is an entry of 利用履歴. The batch upload's writes beside the unit of
 * work (new versions, values, superseded marks) are what the reads see afterwards, are undone with
 * their transaction, and fail when another transaction superseded the version first.
 */
abstract class SelfInfoContract {

    private static final String AGENCY = "lg-131105";

    private SelfInfoService selfInfo;
    private SelfInfoRepository repository;
    private String ken;

    @BeforeEach
    void logIn() throws Exception {
        ken = Callers.logInRegistered("ken", "4567", "けん");
        selfInfo = CDI.current().select(SelfInfoService.class).get();
        repository = CDI.current().select(SelfInfoRepository.class).get();
    }

    private void store(InfoRecord... records) throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        for (InfoRecord record : records) {
            repository.add(record);
        }
        transaction.commit();
    }

    private static InfoRecord record(
            String resident, String item, LocalDate from, LocalDate to, RecordValue... values) {
        return new InfoRecord(
                resident, item, AGENCY, UUID.randomUUID().toString(), 1, from, to, Instant.now(), List.of(values));
    }

    private SelfInfoAnswer ask(String item, LocalDate asOf) {
        return selfInfo.lookUp(new SelfInfoQuestion(List.of(item), asOf), "selfinfo-test");
    }

    private static List<Object> valuesOf(SelfInfoAnswer answer, String attribute) {
        return answer.answers().stream()
                .flatMap(a -> a.records().stream())
                .flatMap(r -> r.values().stream())
                .filter(v -> v.attribute().name().equals(attribute))
                .map(ValueView::value)
                .toList();
    }

    @Test
    void aResidentMayReadEveryFieldOfTheCatalogueForThemselves() {
        SelfInfoCatalogue catalogue =
                CDI.current().select(SelfInfoCatalogue.class).get();

        assertThat(selfInfo.readableFields()).isEqualTo(catalogue.fields()).isNotEmpty();
    }

    @Test
    void aDateBeforeTheFirstVersionFindsNothing() throws Exception {
        store(record(
                ken,
                "school_health",
                LocalDate.of(2020, 4, 1),
                null,
                RecordValue.text("school", "目黒区立第一小学校"),
                RecordValue.date("checkedOn", LocalDate.of(2020, 4, 1))));

        SelfInfoAnswer before = ask("school_health", LocalDate.of(2020, 3, 31));
        SelfInfoAnswer on = ask("school_health", LocalDate.of(2020, 4, 1));

        assertThat(before.answers()).isEmpty();
        assertThat(before.withoutRecords()).extracting(ItemInfo::code).containsExactly("school_health");
        assertThat(valuesOf(on, "school")).containsExactly("目黒区立第一小学校");
    }

    @Test
    void aPeriodIncludesItsFirstDayAndItsEndBelongsToTheNext() throws Exception {
        store(
                record(
                        ken,
                        "single_parent",
                        LocalDate.of(2020, 4, 1),
                        LocalDate.of(2021, 4, 1),
                        RecordValue.text("benefit", "児童扶養手当"),
                        RecordValue.integer("monthlyAmount", 43_160),
                        RecordValue.date("decidedOn", LocalDate.of(2020, 4, 1))),
                record(
                        ken,
                        "single_parent",
                        LocalDate.of(2021, 4, 1),
                        null,
                        RecordValue.text("benefit", "児童扶養手当"),
                        RecordValue.integer("monthlyAmount", 43_070),
                        RecordValue.date("decidedOn", LocalDate.of(2021, 4, 1))));

        assertThat(valuesOf(ask("single_parent", LocalDate.of(2021, 3, 31)), "monthlyAmount"))
                .containsExactly(43_160L);
        assertThat(valuesOf(ask("single_parent", LocalDate.of(2021, 4, 1)), "monthlyAmount"))
                .containsExactly(43_070L);
        assertThat(valuesOf(ask("single_parent", LocalDate.of(2030, 1, 1)), "monthlyAmount"))
                .containsExactly(43_070L);
    }

    @Test
    void aCorrectedRecordShowsTheCorrectionAndTheVersionItReplaced() throws Exception {
        InfoRecord first = record(
                ken,
                "disability_welfare",
                LocalDate.of(2022, 1, 1),
                null,
                RecordValue.text("certificate", "身体障害者手帳"),
                RecordValue.text("grade", "4級"),
                RecordValue.date("issuedOn", LocalDate.of(2022, 1, 10)));
        store(first);
        InfoRecord stored =
                repository.findVersions(AGENCY, first.getAgencyRecordId()).get(0);
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        InfoRecord current = repository.findRecord(stored.getId()).orElseThrow();
        repository.add(current.correctedBy(
                ken,
                "disability_welfare",
                LocalDate.of(2022, 1, 1),
                null,
                Instant.now(),
                List.of(
                        RecordValue.text("certificate", "身体障害者手帳"),
                        RecordValue.text("grade", "3級"),
                        RecordValue.date("issuedOn", LocalDate.of(2022, 1, 10)))));
        transaction.commit();

        SelfInfoAnswer answer = ask("disability_welfare", LocalDate.of(2023, 1, 1));

        assertThat(valuesOf(answer, "grade")).containsExactly("3級");
        RecordView shown = answer.answers().get(0).records().get(0);
        assertThat(shown.version()).isEqualTo(2);
        assertThat(shown.corrected()).isTrue();
        assertThat(shown.earlier()).hasSize(1);
        assertThat(shown.earlier().get(0).values()).extracting(ValueView::value).contains("4級");
        assertThat(shown.earlier().get(0).supersededAt()).isNotNull();
    }

    /** Long-term care records of ken (an item no other test writes for him), as the batch upload writes them. */
    private static List<RecordValue> care(String level) {
        return List.of(
                RecordValue.text("careLevel", level),
                RecordValue.date("certifiedOn", LocalDate.of(2023, 4, 1)),
                RecordValue.integer("premium", 72_000));
    }

    @Test
    void aBatchWrittenBesideTheUnitOfWorkIsWhatTheReadsSee() throws Exception {
        InfoRecord first = record(
                ken,
                "long_term_care",
                LocalDate.of(2023, 4, 1),
                null,
                care("要支援1").toArray(RecordValue[]::new));
        store(first);
        // read once through JPA, so that a cached copy, if there were one, would be stale afterwards
        assertThat(valuesOf(ask("long_term_care", LocalDate.of(2024, 1, 1)), "careLevel"))
                .containsExactly("要支援1");
        InfoRecord added = record(
                ken,
                "long_term_care",
                LocalDate.of(2020, 4, 1),
                LocalDate.of(2023, 4, 1),
                care("要支援2").toArray(RecordValue[]::new));

        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        InfoRecord current = repository
                .findCurrent(AGENCY, List.of(first.getAgencyRecordId()))
                .get(0);
        assertThat(current.says(ken, "long_term_care", LocalDate.of(2023, 4, 1), null, care("要支援1")))
                .as("the current version is read with its values")
                .isTrue();
        InfoRecord corrected =
                current.correctedBy(ken, "long_term_care", LocalDate.of(2023, 4, 1), null, Instant.now(), care("要介護1"));
        repository.writeVersions(List.of(corrected, added), List.of(current));
        transaction.commit();

        assertThat(valuesOf(ask("long_term_care", LocalDate.of(2024, 1, 1)), "careLevel"))
                .containsExactly("要介護1");
        assertThat(valuesOf(ask("long_term_care", LocalDate.of(2021, 1, 1)), "premium"))
                .containsExactly(72_000L);
        List<InfoRecord> versions = repository.findVersions(AGENCY, first.getAgencyRecordId());
        assertThat(versions).extracting(InfoRecord::getVersion).containsExactly(1, 2);
        assertThat(versions.get(0).getSupersededAt()).isNotNull();
        assertThat(versions.get(1).getSupersededAt()).isNull();
        assertThat(versions.get(1).getValues())
                .extracting(RecordValue::getValue)
                .containsExactlyInAnyOrder("要介護1", LocalDate.of(2023, 4, 1), 72_000L);
    }

    @Test
    void decimalsWrittenBesideTheUnitOfWorkReadBackAsSent() throws Exception {
        List<RecordValue> values = List.of(
                RecordValue.text("school", "目黒区立第二小学校"),
                RecordValue.date("checkedOn", LocalDate.of(2024, 4, 20)),
                RecordValue.decimal("height", new BigDecimal("131.5")),
                RecordValue.decimal("weight", new BigDecimal("28.125")));
        InfoRecord sent = record(
                ken,
                "school_health",
                LocalDate.of(2024, 4, 20),
                LocalDate.of(2025, 4, 1),
                values.toArray(RecordValue[]::new));
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        repository.writeVersions(List.of(sent), List.of());
        transaction.commit();

        transaction.begin();
        List<InfoRecord> current = repository.findCurrent(AGENCY, List.of(sent.getAgencyRecordId()));
        transaction.commit();
        assertThat(current)
                .singleElement()
                .satisfies(c -> assertThat(c.says(
                                ken, "school_health", LocalDate.of(2024, 4, 20), LocalDate.of(2025, 4, 1), values))
                        .isTrue());
        assertThat(repository
                        .findVersions(AGENCY, sent.getAgencyRecordId())
                        .get(0)
                        .getValues())
                .extracting(RecordValue::getValue)
                .contains(new BigDecimal("131.5"), new BigDecimal("28.125"));
    }

    @Test
    void aBatchWhoseTransactionFailsWritesNothing() throws Exception {
        InfoRecord first = record(
                ken,
                "independence_medical",
                LocalDate.of(2023, 4, 1),
                null,
                RecordValue.text("kind", "精神通院医療"),
                RecordValue.text("institution", "目黒クリニック"),
                RecordValue.integer("monthlyLimit", 5_000));
        store(first);

        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        InfoRecord current = repository
                .findCurrent(AGENCY, List.of(first.getAgencyRecordId()))
                .get(0);
        InfoRecord corrected = current.correctedBy(
                ken,
                "independence_medical",
                LocalDate.of(2023, 4, 1),
                null,
                Instant.now(),
                List.of(
                        RecordValue.text("kind", "精神通院医療"),
                        RecordValue.text("institution", "目黒クリニック"),
                        RecordValue.integer("monthlyLimit", 10_000)));
        InfoRecord added = record(
                ken,
                "independence_medical",
                LocalDate.of(2020, 4, 1),
                LocalDate.of(2023, 4, 1),
                RecordValue.text("kind", "育成医療"),
                RecordValue.text("institution", "目黒病院"),
                RecordValue.integer("monthlyLimit", 2_500));
        repository.writeVersions(List.of(corrected, added), List.of(current));
        transaction.rollback();

        assertThat(repository.findVersions(AGENCY, first.getAgencyRecordId()))
                .singleElement()
                .satisfies(v -> assertThat(v.getSupersededAt()).isNull());
        assertThat(repository.findVersions(AGENCY, added.getAgencyRecordId())).isEmpty();
        assertThat(valuesOf(ask("independence_medical", LocalDate.of(2024, 1, 1)), "monthlyLimit"))
                .containsExactly(5_000L);
    }

    @Test
    void aVersionSupersededMeanwhileFailsTheBatch() throws Exception {
        InfoRecord first = record(
                ken,
                "public_assistance",
                LocalDate.of(2023, 4, 1),
                null,
                RecordValue.date("startedOn", LocalDate.of(2023, 4, 1)),
                RecordValue.integer("monthlyAmount", 120_000),
                RecordValue.text("office", "目黒区福祉事務所"));
        store(first);
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        InfoRecord stale = repository
                .findCurrent(AGENCY, List.of(first.getAgencyRecordId()))
                .get(0);
        transaction.commit();
        transaction.begin();
        InfoRecord current = repository
                .findCurrent(AGENCY, List.of(first.getAgencyRecordId()))
                .get(0);
        repository.writeVersions(
                List.of(current.correctedBy(
                        ken,
                        "public_assistance",
                        LocalDate.of(2023, 4, 1),
                        null,
                        Instant.now(),
                        List.of(
                                RecordValue.date("startedOn", LocalDate.of(2023, 4, 1)),
                                RecordValue.integer("monthlyAmount", 125_000),
                                RecordValue.text("office", "目黒区福祉事務所")))),
                List.of(current));
        transaction.commit();

        transaction.begin();
        InfoRecord late = stale.correctedBy(
                ken,
                "public_assistance",
                LocalDate.of(2023, 4, 1),
                null,
                Instant.now(),
                List.of(
                        RecordValue.date("startedOn", LocalDate.of(2023, 4, 1)),
                        RecordValue.integer("monthlyAmount", 130_000),
                        RecordValue.text("office", "目黒区福祉事務所")));
        try {
            assertThatThrownBy(() -> repository.writeVersions(List.of(late), List.of(stale)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            transaction.rollback();
        }

        assertThat(repository.findVersions(AGENCY, first.getAgencyRecordId()))
                .extracting(InfoRecord::getVersion)
                .containsExactly(1, 2);
        assertThat(valuesOf(ask("public_assistance", LocalDate.of(2024, 1, 1)), "monthlyAmount"))
                .containsExactly(125_000L);
    }

    @Test
    void anotherResidentsRecordsAreNeverShown() throws Exception {
        String hanako = Callers.residentId("山田 花子");
        store(record(
                hanako,
                "maternal_health",
                LocalDate.of(2024, 5, 1),
                null,
                RecordValue.text("service", "乳児健康診査"),
                RecordValue.date("receivedOn", LocalDate.of(2024, 5, 1))));

        assertThat(ask("maternal_health", LocalDate.of(2024, 6, 1)).answers()).isEmpty();
    }

    @Test
    void everyAnswerIsRecordedInTheUsageLog() {
        UsageLogService usage = CDI.current().select(UsageLogService.class).get();
        long before = usage.recent(200).stream()
                .filter(r -> r.action() == UsageAction.SELF_INFORMATION_VIEWED)
                .count();

        ask("returnee_support", LocalDate.of(2024, 1, 1));

        List<UsageRecord> after = usage.recent(200);
        assertThat(after.stream()
                        .filter(r -> r.action() == UsageAction.SELF_INFORMATION_VIEWED)
                        .count())
                .isEqualTo(before + 1);
        assertThat(after.get(0).action()).isEqualTo(UsageAction.SELF_INFORMATION_VIEWED);
    }

    @Test
    void theDemoResidentHasHistoryThatTheDateChanges() {
        SelfInfoAnswer in2022 = ask("tax_income", LocalDate.of(2022, 7, 1));
        SelfInfoAnswer in2025 = ask("tax_income", LocalDate.of(2025, 7, 1));

        assertThat(valuesOf(in2022, "taxYear")).containsExactly(2022L);
        assertThat(valuesOf(in2025, "taxYear")).containsExactly(2025L);
        assertThat(in2025.answers().get(0).series()).hasSize(5);
    }
}
