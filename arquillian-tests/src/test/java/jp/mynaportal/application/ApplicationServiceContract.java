package jp.mynaportal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.UsageQuery;
import jp.mynaportal.usage.UsageRecord;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Online applications and the counter inbox inside Payara Micro, with the demo residents' virtual
 * cards on the card-reader adapter: drafts, attachments, the signature, one application per
 * draft however often it is submitted, who may see what, and the staff decisions.
 */
abstract class ApplicationServiceContract {

    static final String READER = "Virtual JPKI reader ";
    static final String CHIYODA = "131016";
    static final String MEGURO = "131105";
    static final String HANAKO = "hanako";
    static final String TARO = "taro";
    static final String CHIYODA_STAFF = "staff-chiyoda";
    static final String MEGURO_STAFF = "ken";
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private ApplicationService applications;
    private InboxService inbox;
    private NoticeService notices;
    private UsageLogService usage;
    private PittariCatalogueService catalogue;
    private DataSource dataSource;
    private Path data;

    @BeforeEach
    void lookUp() throws Exception {
        applications = CDI.current().select(ApplicationService.class).get();
        inbox = CDI.current().select(InboxService.class).get();
        notices = CDI.current().select(NoticeService.class).get();
        usage = CDI.current().select(UsageLogService.class).get();
        catalogue = CDI.current().select(PittariCatalogueService.class).get();
        dataSource = InitialContext.doLookup("java:app/jdbc/mynaportal");
        data = Path.of("data");
    }

    /** The demo cards the tests act with: card id → PIN, nickname, full name. */
    private static final Map<String, List<String>> CARDS = Map.of(
            HANAKO, List.of("1234", "はなこ", "山田 花子"),
            TARO, List.of("2345", "たろう", "佐藤 太郎"),
            CHIYODA_STAFF, List.of("5678", "窓口", "田中 一郎"),
            MEGURO_STAFF, List.of("4567", "目黒窓口", "高橋 健"));

    /**
     * Authenticates the test runner's request as a demo card holder (registered, logged in with the
     * card), unless it already is them, and answers their resident id. 高橋 健 becomes counter staff
     * of 目黒区, a municipality other than 千代田区.
     */
    private String caller(String cardId) throws Exception {
        List<String> card = CARDS.get(cardId);
        String residentId = Callers.residentId(card.get(2));
        if (!residentId.equals(Callers.callerName())) {
            if (cardId.equals(MEGURO_STAFF)) {
                Callers.staffOf(residentId, MEGURO);
            }
            Callers.logInRegistered(cardId, card.get(0), card.get(1));
        }
        return residentId;
    }

    private ApplicationService as(String cardId) throws Exception {
        caller(cardId);
        return applications;
    }

    private InboxService inboxAs(String cardId) throws Exception {
        caller(cardId);
        return inbox;
    }

    private NoticeService noticesAs(String cardId) throws Exception {
        caller(cardId);
        return notices;
    }

    private void freshSignPassword(String cardId, String password) {
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve(cardId + CardFile.EXTENSION)),
                        PinKind.SIGN,
                        password.toCharArray());
    }

    /**
     * The first online procedure of 千代田区 that does (or does not) need the signature and has a FILE
     * field. It looks as 山田 花子, so call it before switching to the caller that uses it.
     */
    private ProcedureRef procedure(boolean signature) throws Exception {
        for (ProcedureSummary p : catalogue.findByCategories(CHIYODA, EnumSet.allOf(ProcedureCategory.class))) {
            if (p.online() && p.signatureRequired() == signature) {
                long draft =
                        as(HANAKO).start(List.of(PittariProcedures.ref(p.id()))).get(0);
                if (as(HANAKO).open(draft).fields().stream().anyMatch(FieldSpec::file)) {
                    return PittariProcedures.ref(p.id());
                }
            }
        }
        throw new AssertionError("no online procedure in 千代田区 with signature=" + signature + " and a file field");
    }

    /** Valid values for every field, and a PDF for every FILE field. */
    private Map<String, String> fillIn(String cardId, long draft) throws Exception {
        ApplicationForm form = as(cardId).open(draft);
        Map<String, String> values = new HashMap<>();
        for (FieldSpec field : form.fields()) {
            String value = switch (field.type()) {
                case KANA -> "やまだ はなこ";
                case DATE -> "2020-04-01";
                case NUMBER -> "2";
                case CHOICE -> field.options().get(0);
                case ADDRESS -> "東京都千代田区霞が関二丁目1番2号";
                case PHONE -> "03-1234-5678";
                case EMAIL -> "hanako@example.jp";
                case MY_NUMBER -> "123456789018";
                case ACCOUNT -> "1234567";
                case CHECKBOX -> "true";
                case FILE -> null;
                default -> "記入例";
            };
            if (field.file()) {
                as(cardId).attach(draft, field.key(), "proof.pdf", PDF);
            } else if (!field.locked()) {
                values.put(field.key(), value);
            }
        }
        assertThat(as(cardId).save(draft, values)).isEmpty();
        return values;
    }

    @Test
    void startsADraftWithTheApplicantsRegisteredDetailsFilledIn() throws Exception {
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        ApplicationForm form = as(HANAKO).open(draft);
        assertThat(form.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(form.values())
                .containsEntry("applicant_name", "山田 花子")
                .containsEntry("applicant_birth_date", "1985-04-12");
        assertThat(form.fields())
                .filteredOn(f -> f.key().equals("applicant_name"))
                .singleElement()
                .satisfies(f -> assertThat(f.locked()).isTrue());
        assertThat(form.expiresAt()).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
    }

    @Test
    void startingTheSameProcedureAgainContinuesTheOpenDraft() throws Exception {
        ProcedureRef procedure = procedure(false);
        assertThat(as(TARO).start(List.of(procedure))).isEqualTo(as(TARO).start(List.of(procedure)));
    }

    @Test
    void aDeliberateSaveIsInTheUsageLogAndTheSavesAfterEachChangeAreNot() throws Exception {
        ProcedureRef procedure = procedure(false);
        long draft = as(TARO).start(List.of(procedure)).get(0);
        long before = drafts(TARO);
        as(TARO).save(draft, Map.of());
        assertThat(drafts(TARO)).isEqualTo(before);
        as(TARO).saveDraft(draft, Map.of(), "test");
        assertThat(drafts(TARO)).isEqualTo(before + 1);
    }

    /** How many 一時保存 entries the resident's usage log holds (read as that resident). */
    private long drafts(String cardId) throws Exception {
        caller(cardId);
        return usage.recent(1000).stream()
                .filter(e -> e.action() == UsageAction.APPLICATION_DRAFT_SAVED)
                .count();
    }

    @Test
    void keepsWrongValuesAndNamesTheProblemOfEachField() throws Exception {
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        ApplicationForm form = as(HANAKO).open(draft);
        String phone = form.fields().stream()
                .filter(f -> f.type() == FormFieldType.PHONE)
                .findFirst()
                .orElseThrow()
                .key();
        List<FieldProblem> problems = as(HANAKO).save(draft, Map.of(phone, "12-34", "applicant_name", "偽名"));
        assertThat(problems).contains(new FieldProblem(phone, FieldProblem.Code.PHONE));
        assertThat(problems).extracting(FieldProblem::code).contains(FieldProblem.Code.CHECKBOX_REQUIRED);
        ApplicationForm saved = as(HANAKO).open(draft);
        assertThat(saved.values()).containsEntry(phone, "12-34").containsEntry("applicant_name", "山田 花子");
    }

    @Test
    void refusesAFileThatIsNotPdfJpegOrPngWhateverItsName() throws Exception {
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        String file = as(HANAKO).open(draft).fields().stream()
                .filter(FieldSpec::file)
                .findFirst()
                .orElseThrow()
                .key();
        assertThatThrownBy(() -> as(HANAKO).attach(draft, file, "scan.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.FILE_TYPE);
        assertThatThrownBy(() -> as(HANAKO).attach(draft, file, "big.pdf", new byte[6 * 1024 * 1024]))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.FILE_TOO_LARGE);
    }

    @Test
    void anotherResidentCannotReadOrChangeTheDraftByItsId() throws Exception {
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        String file = as(HANAKO).open(draft).fields().stream()
                .filter(FieldSpec::file)
                .findFirst()
                .orElseThrow()
                .key();
        List<Callable<?>> attempts = List.of(
                () -> as(TARO).open(draft),
                () -> as(TARO).save(draft, Map.of()),
                () -> as(TARO).attachment(draft, file),
                () -> {
                    as(TARO).attach(draft, file, "x.pdf", PDF);
                    return null;
                },
                () -> as(TARO).submit(draft, "test"),
                () -> as(TARO).receipt(draft, Locale.JAPANESE));
        for (Callable<?> attempt : attempts) {
            assertThatThrownBy(attempt::call)
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.NOT_FOUND);
        }
        assertThat(as(TARO).resumable()).noneMatch(s -> s.applicationId() == draft);
    }

    @Test
    void signsWithTheCardAndSubmittingAgainGivesTheSameReceiptNumber() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        Submission first = as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(first.repeated()).isFalse();
        assertThat(first.receiptNumber()).startsWith(CHIYODA + "-");
        Submission again = as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(again.repeated()).isTrue();
        assertThat(again.receiptNumber()).isEqualTo(first.receiptNumber());
        assertThat(as(HANAKO).open(draft).status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(noticesAs(HANAKO).notices())
                .anyMatch(n -> n.kind() == NoticeKind.APPLICATION_RECEIVED
                        && n.parameters().contains(first.receiptNumber()));
        caller(HANAKO);
        assertThat(usage.recent(5)).anyMatch(e -> e.action() == UsageAction.APPLICATION_SUBMITTED);
    }

    @Test
    void concurrentSubmissionsOfOneDraftMakeOneApplication() throws Exception {
        ProcedureRef procedure = procedure(false);
        long draft = as(TARO).start(List.of(procedure)).get(0);
        fillIn(TARO, draft);
        // the container's executor carries the caller into its threads
        ExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        ApplicationService taro = as(TARO);
        List<Future<Submission>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> taro.submit(draft, "test")));
        }
        List<Submission> submissions = new ArrayList<>();
        for (Future<Submission> result : results) {
            submissions.add(result.get());
        }
        assertThat(submissions)
                .extracting(Submission::receiptNumber)
                .containsOnly(submissions.get(0).receiptNumber());
        assertThat(submissions).filteredOn(s -> !s.repeated()).hasSize(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM pittari_application_event WHERE application_id = ? AND to_status = 'RECEIVED'",
                        draft))
                .isEqualTo(1);
    }

    @Test
    void aSubmissionThatFailsAtItsLastWriteLeavesTheUntouchedDraft() throws Exception {
        ProcedureRef procedure = procedure(false);
        long draft = as(TARO).start(List.of(procedure)).get(0);
        fillIn(TARO, draft);
        // notices written from now on break the constraint; the ones earlier tests wrote keep it
        String now = java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
        execute("ALTER TABLE notice ADD CONSTRAINT notice_refused_in_test CHECK (created_at < TIMESTAMP '" + now
                + "')");
        try {
            assertThatThrownBy(() -> as(TARO).submit(draft, "test")).isInstanceOf(Exception.class);
        } finally {
            execute("ALTER TABLE notice DROP CONSTRAINT notice_refused_in_test");
        }
        ApplicationForm after = as(TARO).open(draft);
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.receiptNumber()).isNull();
        assertThat(count("SELECT COUNT(*) FROM pittari_application_event WHERE application_id = ?", draft))
                .isZero();
        assertThat(as(TARO).submit(draft, "test").repeated()).isFalse();
    }

    @Test
    void wrongSigningPasswordsCountDownAndTheFifthLocksTheSignKey() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        try {
            for (int left = 4; left >= 1; left--) {
                int expected = left;
                assertThatThrownBy(() -> as(HANAKO)
                                .signAndSubmit(draft, READER + "hanako", "WRONG123".toCharArray(), "127.0.0.1"))
                        .isInstanceOf(ApplicationException.class)
                        .satisfies(e -> assertThat(((ApplicationException) e).triesLeft())
                                .isEqualTo(expected));
            }
            assertThatThrownBy(() ->
                            as(HANAKO).signAndSubmit(draft, READER + "hanako", "WRONG123".toCharArray(), "127.0.0.1"))
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.SIGN_PIN_BLOCKED);
            assertThatThrownBy(() ->
                            as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1"))
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.SIGN_PIN_BLOCKED);
            assertThat(as(HANAKO).open(draft).status()).isEqualTo(ApplicationStatus.DRAFT);
        } finally {
            freshSignPassword("hanako", "HANAKO2025");
        }
    }

    @Test
    void refusesToSignWithSomeoneElsesCard() throws Exception {
        freshSignPassword("taro", "TARO1972");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        assertThatThrownBy(
                        () -> as(HANAKO).signAndSubmit(draft, READER + "taro", "TARO1972".toCharArray(), "127.0.0.1"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.CARD_NOT_YOURS);
    }

    @Test
    void staffOfTheMunicipalitySeeAValidSignatureAndStaffOfAnotherSeeNothing() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(inboxAs(CHIYODA_STAFF).inbox(ApplicationStatus.RECEIVED))
                .anyMatch(l -> l.applicationId() == draft && l.signed());
        StaffApplication seen = inboxAs(CHIYODA_STAFF).open(draft, "counter");
        assertThat(seen.signature().valid()).isTrue();
        assertThat(seen.signature().signerName()).isEqualTo("山田 花子");
        assertThat(seen.signature().nameMatches()).isTrue();
        assertThat(seen.signature().addressMatches()).isTrue();
        assertThat(inboxAs(MEGURO_STAFF).inbox(null)).noneMatch(l -> l.applicationId() == draft);
        assertThatThrownBy(() -> inboxAs(MEGURO_STAFF).open(draft, "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.NOT_FOUND);
        assertThatThrownBy(() ->
                        inboxAs(MEGURO_STAFF).changeStatus(draft, ApplicationStatus.UNDER_REVIEW, null, "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void oneChangedByteOfAnAttachmentMakesTheSignatureInvalid() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        fillIn(HANAKO, draft);
        as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        byte[] tampered = PDF.clone();
        tampered[12] ^= 1;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE pittari_attachment SET content = ? WHERE application_id = ?")) {
            update.setBytes(1, tampered);
            update.setLong(2, draft);
            assertThat(update.executeUpdate()).isPositive();
        }
        SignatureReport report = inboxAs(CHIYODA_STAFF).open(draft, "counter").signature();
        assertThat(report.valid()).isFalse();
        assertThat(report.contentMatches()).isFalse();
        assertThat(report.intact()).isTrue();
    }

    @Test
    void returnedApplicationIsCorrectedAndResubmittedUnderItsReceiptNumberThenCompleted() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = as(HANAKO).start(List.of(procedure(true))).get(0);
        Map<String, String> values = fillIn(HANAKO, draft);
        String receipt = as(HANAKO)
                .signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1")
                .receiptNumber();
        assertThatThrownBy(() -> inboxAs(CHIYODA_STAFF).changeStatus(draft, ApplicationStatus.RETURNED, " ", "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.COMMENT_REQUIRED);
        inboxAs(CHIYODA_STAFF).changeStatus(draft, ApplicationStatus.RETURNED, "電話番号を確認してください", "counter");
        assertThat(as(HANAKO).resumable())
                .anyMatch(s -> s.applicationId() == draft && s.staffComment().equals("電話番号を確認してください"));
        NoticeLine returned = noticesAs(HANAKO).notices().get(0);
        assertThat(returned.kind()).isEqualTo(NoticeKind.APPLICATION_RETURNED);
        assertThat(returned.read()).isFalse();
        assertThat(noticesAs(HANAKO).read(returned.id()))
                .hasValueSatisfying(n -> assertThat(n.read()).isTrue());
        assertThat(noticesAs(TARO).read(returned.id())).isEmpty();
        assertThat(as(HANAKO).save(draft, values)).isEmpty();
        Submission again = as(HANAKO).signAndSubmit(draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(again.receiptNumber()).isEqualTo(receipt);
        assertThat(again.repeated()).isFalse();
        String staff = caller(CHIYODA_STAFF);
        inboxAs(CHIYODA_STAFF).changeStatus(draft, ApplicationStatus.UNDER_REVIEW, null, "counter");
        inboxAs(CHIYODA_STAFF).changeStatus(draft, ApplicationStatus.COMPLETED, null, "counter");
        assertThat(as(HANAKO).open(draft).status()).isEqualTo(ApplicationStatus.COMPLETED);
        // switching the test's caller back to hanako logs her in again: leave her logins out
        List<UsageRecord> hanakos = usage.recent(10).stream()
                .filter(e -> e.action() != UsageAction.LOGIN)
                .toList();
        assertThat(hanakos.subList(0, 2))
                .as("each decision once in the applicant's log, by the staff member of 千代田区, with its purpose")
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo(UsageAction.APPLICATION_STATUS_CHANGED);
                    assertThat(e.actor()).isEqualTo(staff);
                    assertThat(e.actorOrganisation()).isEqualTo("131016");
                    assertThat(e.purpose()).isEqualTo(UsageRecorder.PURPOSE_APPLICATION_REVIEW);
                })
                .extracting(UsageRecord::result)
                .containsExactly("UNDER_REVIEW->COMPLETED", "RECEIVED->UNDER_REVIEW");
        long decided = hanakos.get(1).id();
        long completed = hanakos.get(0).id();
        assertThat(inboxAs(CHIYODA_STAFF).open(draft, "counter").history())
                .extracting(StatusChange::to)
                .containsExactly(
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.RETURNED,
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.UNDER_REVIEW,
                        ApplicationStatus.COMPLETED);
        caller(CHIYODA_STAFF);
        assertThat(usage.recent(20))
                .as("no second entry with the staff member as subject")
                .noneMatch(e -> e.action() == UsageAction.APPLICATION_STATUS_CHANGED && e.id() >= decided);
        assertThat(usage.history(new UsageQuery(
                                Instant.now().minusSeconds(3600),
                                Instant.now().plusSeconds(60),
                                Set.of(UsageKind.APPLICATION),
                                0,
                                100))
                        .records())
                .as("the staff member finds their decisions by actor")
                .extracting(UsageRecord::id)
                .contains(decided, completed);
    }

    @Test
    void theReceiptIsAPdfWithTheReceiptNumber() throws Exception {
        ProcedureRef procedure = procedure(false);
        long draft = as(TARO).start(List.of(procedure)).get(0);
        fillIn(TARO, draft);
        Submission submission = as(TARO).submit(draft, "test");
        byte[] pdf = as(TARO).receipt(draft, Locale.JAPANESE);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(submission.receiptNumber());
        }
    }

    @Test
    void anExpiredDraftIsGoneFromResumeAndCannotBeOpened() throws Exception {
        ProcedureRef procedure = procedure(false);
        long draft = as(TARO).start(List.of(procedure)).get(0);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE pittari_application SET expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            update.setLong(2, draft);
            update.executeUpdate();
        }
        assertThat(as(TARO).resumable()).noneMatch(s -> s.applicationId() == draft);
        assertThatThrownBy(() -> as(TARO).open(draft)).isInstanceOf(ApplicationException.class);
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql, long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
