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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.usage.UsageLogService;
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

    private String residentId(String name) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM resident WHERE full_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("resident " + name).isTrue();
                return rows.getString(1);
            }
        }
    }

    private SignedInUser hanako() throws Exception {
        return new SignedInUser(residentId("山田 花子"), "はなこ", List.of(), Instant.now());
    }

    private SignedInUser taro() throws Exception {
        return new SignedInUser(residentId("佐藤 太郎"), "たろう", List.of(), Instant.now());
    }

    private SignedInUser chiyodaStaff() throws Exception {
        return new SignedInUser(residentId("田中 一郎"), "窓口", List.of(CHIYODA), Instant.now());
    }

    private SignedInUser osakaStaff() throws Exception {
        return new SignedInUser(residentId("田中 一郎"), "窓口", List.of("271276"), Instant.now());
    }

    private void freshSignPassword(String cardId, String password) {
        DevelopmentPki.openOrCreate(data.resolve("pki"))
                .resetPin(
                        new CardFile(data.resolve("cards").resolve(cardId + CardFile.EXTENSION)),
                        PinKind.SIGN,
                        password.toCharArray());
    }

    /** The first online procedure of 千代田区 that does (or does not) need the signature and has a FILE field. */
    private long procedure(boolean signature) throws Exception {
        SignedInUser probe = hanako();
        for (ProcedureSummary p : catalogue.findByCategories(CHIYODA, EnumSet.allOf(ProcedureCategory.class))) {
            if (p.online() && p.signatureRequired() == signature) {
                long draft = applications.start(probe, List.of(p.id())).get(0);
                if (applications.open(probe, draft).fields().stream().anyMatch(FieldSpec::file)) {
                    return p.id();
                }
            }
        }
        throw new AssertionError("no online procedure in 千代田区 with signature=" + signature + " and a file field");
    }

    /** Valid values for every field, and a PDF for every FILE field. */
    private Map<String, String> fillIn(SignedInUser user, long draft) {
        ApplicationForm form = applications.open(user, draft);
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
                applications.attach(user, draft, field.key(), "proof.pdf", PDF);
            } else if (!field.locked()) {
                values.put(field.key(), value);
            }
        }
        assertThat(applications.save(user, draft, values)).isEmpty();
        return values;
    }

    @Test
    void startsADraftWithTheApplicantsRegisteredDetailsFilledIn() throws Exception {
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        ApplicationForm form = applications.open(hanako(), draft);
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
        long procedure = procedure(false);
        assertThat(applications.start(taro(), List.of(procedure)))
                .isEqualTo(applications.start(taro(), List.of(procedure)));
    }

    @Test
    void keepsWrongValuesAndNamesTheProblemOfEachField() throws Exception {
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        ApplicationForm form = applications.open(hanako(), draft);
        String phone = form.fields().stream()
                .filter(f -> f.type() == FormFieldType.PHONE)
                .findFirst()
                .orElseThrow()
                .key();
        List<FieldProblem> problems =
                applications.save(hanako(), draft, Map.of(phone, "12-34", "applicant_name", "偽名"));
        assertThat(problems).contains(new FieldProblem(phone, FieldProblem.Code.PHONE));
        assertThat(problems).extracting(FieldProblem::code).contains(FieldProblem.Code.CHECKBOX_REQUIRED);
        ApplicationForm saved = applications.open(hanako(), draft);
        assertThat(saved.values()).containsEntry(phone, "12-34").containsEntry("applicant_name", "山田 花子");
    }

    @Test
    void refusesAFileThatIsNotPdfJpegOrPngWhateverItsName() throws Exception {
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        String file = applications.open(hanako(), draft).fields().stream()
                .filter(FieldSpec::file)
                .findFirst()
                .orElseThrow()
                .key();
        assertThatThrownBy(() -> applications.attach(
                        hanako(), draft, file, "scan.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.FILE_TYPE);
        assertThatThrownBy(() -> applications.attach(hanako(), draft, file, "big.pdf", new byte[6 * 1024 * 1024]))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.FILE_TOO_LARGE);
    }

    @Test
    void anotherResidentCannotReadOrChangeTheDraftByItsId() throws Exception {
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        String file = applications.open(hanako(), draft).fields().stream()
                .filter(FieldSpec::file)
                .findFirst()
                .orElseThrow()
                .key();
        SignedInUser taro = taro();
        List<Callable<?>> attempts = List.of(
                () -> applications.open(taro, draft),
                () -> applications.save(taro, draft, Map.of()),
                () -> applications.attachment(taro, draft, file),
                () -> {
                    applications.attach(taro, draft, file, "x.pdf", PDF);
                    return null;
                },
                () -> applications.submit(taro, draft, "test"),
                () -> applications.receipt(taro, draft, Locale.JAPANESE));
        for (Callable<?> attempt : attempts) {
            assertThatThrownBy(attempt::call)
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.NOT_FOUND);
        }
        assertThat(applications.resumable(taro)).noneMatch(s -> s.applicationId() == draft);
    }

    @Test
    void signsWithTheCardAndSubmittingAgainGivesTheSameReceiptNumber() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        Submission first =
                applications.signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(first.repeated()).isFalse();
        assertThat(first.receiptNumber()).startsWith(CHIYODA + "-");
        Submission again =
                applications.signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(again.repeated()).isTrue();
        assertThat(again.receiptNumber()).isEqualTo(first.receiptNumber());
        assertThat(applications.open(hanako(), draft).status()).isEqualTo(ApplicationStatus.RECEIVED);
        assertThat(notices.notices(hanako()))
                .anyMatch(n -> n.kind() == NoticeKind.APPLICATION_RECEIVED
                        && n.parameters().contains(first.receiptNumber()));
        assertThat(usage.recent(hanako().residentId(), 5))
                .anyMatch(e -> e.getAction() == UsageAction.APPLICATION_SUBMITTED);
    }

    @Test
    void concurrentSubmissionsOfOneDraftMakeOneApplication() throws Exception {
        SignedInUser taro = taro();
        long draft = applications.start(taro, List.of(procedure(false))).get(0);
        fillIn(taro, draft);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Submission>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> applications.submit(taro, draft, "test")));
            }
            List<Submission> submissions = new ArrayList<>();
            for (Future<Submission> result : results) {
                submissions.add(result.get());
            }
            assertThat(submissions)
                    .extracting(Submission::receiptNumber)
                    .containsOnly(submissions.get(0).receiptNumber());
            assertThat(submissions).filteredOn(s -> !s.repeated()).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count(
                        "SELECT COUNT(*) FROM pittari_application_event WHERE application_id = ? AND to_status = 'RECEIVED'",
                        draft))
                .isEqualTo(1);
    }

    @Test
    void aSubmissionThatFailsAtItsLastWriteLeavesTheUntouchedDraft() throws Exception {
        SignedInUser taro = taro();
        long draft = applications.start(taro, List.of(procedure(false))).get(0);
        fillIn(taro, draft);
        // notices written from now on break the constraint; the ones earlier tests wrote keep it
        String now = java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
        execute("ALTER TABLE notice ADD CONSTRAINT notice_refused_in_test CHECK (created_at < TIMESTAMP '" + now
                + "')");
        try {
            assertThatThrownBy(() -> applications.submit(taro, draft, "test")).isInstanceOf(Exception.class);
        } finally {
            execute("ALTER TABLE notice DROP CONSTRAINT notice_refused_in_test");
        }
        ApplicationForm after = applications.open(taro, draft);
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.receiptNumber()).isNull();
        assertThat(count("SELECT COUNT(*) FROM pittari_application_event WHERE application_id = ?", draft))
                .isZero();
        assertThat(applications.submit(taro, draft, "test").repeated()).isFalse();
    }

    @Test
    void wrongSigningPasswordsCountDownAndTheFifthLocksTheSignKey() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        try {
            for (int left = 4; left >= 1; left--) {
                int expected = left;
                assertThatThrownBy(() -> applications.signAndSubmit(
                                hanako(), draft, READER + "hanako", "WRONG123".toCharArray(), "127.0.0.1"))
                        .isInstanceOf(ApplicationException.class)
                        .satisfies(e -> assertThat(((ApplicationException) e).triesLeft())
                                .isEqualTo(expected));
            }
            assertThatThrownBy(() -> applications.signAndSubmit(
                            hanako(), draft, READER + "hanako", "WRONG123".toCharArray(), "127.0.0.1"))
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.SIGN_PIN_BLOCKED);
            assertThatThrownBy(() -> applications.signAndSubmit(
                            hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1"))
                    .isInstanceOf(ApplicationException.class)
                    .extracting("reason")
                    .isEqualTo(Reason.SIGN_PIN_BLOCKED);
            assertThat(applications.open(hanako(), draft).status()).isEqualTo(ApplicationStatus.DRAFT);
        } finally {
            freshSignPassword("hanako", "HANAKO2025");
        }
    }

    @Test
    void refusesToSignWithSomeoneElsesCard() throws Exception {
        freshSignPassword("taro", "TARO1972");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        assertThatThrownBy(() -> applications.signAndSubmit(
                        hanako(), draft, READER + "taro", "TARO1972".toCharArray(), "127.0.0.1"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.CARD_NOT_YOURS);
    }

    @Test
    void staffOfTheMunicipalitySeeAValidSignatureAndStaffOfAnotherSeeNothing() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        applications.signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(inbox.inbox(chiyodaStaff(), ApplicationStatus.RECEIVED))
                .anyMatch(l -> l.applicationId() == draft && l.signed());
        StaffApplication seen = inbox.open(chiyodaStaff(), draft, "counter");
        assertThat(seen.signature().valid()).isTrue();
        assertThat(seen.signature().signerName()).isEqualTo("山田 花子");
        assertThat(seen.signature().nameMatches()).isTrue();
        assertThat(seen.signature().addressMatches()).isTrue();
        assertThat(inbox.inbox(osakaStaff(), null)).noneMatch(l -> l.applicationId() == draft);
        assertThatThrownBy(() -> inbox.open(osakaStaff(), draft, "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.NOT_FOUND);
        assertThatThrownBy(
                        () -> inbox.changeStatus(osakaStaff(), draft, ApplicationStatus.UNDER_REVIEW, null, "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void oneChangedByteOfAnAttachmentMakesTheSignatureInvalid() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        fillIn(hanako(), draft);
        applications.signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        byte[] tampered = PDF.clone();
        tampered[12] ^= 1;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE pittari_attachment SET content = ? WHERE application_id = ?")) {
            update.setBytes(1, tampered);
            update.setLong(2, draft);
            assertThat(update.executeUpdate()).isPositive();
        }
        SignatureReport report = inbox.open(chiyodaStaff(), draft, "counter").signature();
        assertThat(report.valid()).isFalse();
        assertThat(report.contentMatches()).isFalse();
        assertThat(report.intact()).isTrue();
    }

    @Test
    void returnedApplicationIsCorrectedAndResubmittedUnderItsReceiptNumberThenCompleted() throws Exception {
        freshSignPassword("hanako", "HANAKO2025");
        long draft = applications.start(hanako(), List.of(procedure(true))).get(0);
        Map<String, String> values = fillIn(hanako(), draft);
        String receipt = applications
                .signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1")
                .receiptNumber();
        assertThatThrownBy(() -> inbox.changeStatus(chiyodaStaff(), draft, ApplicationStatus.RETURNED, " ", "counter"))
                .isInstanceOf(ApplicationException.class)
                .extracting("reason")
                .isEqualTo(Reason.COMMENT_REQUIRED);
        inbox.changeStatus(chiyodaStaff(), draft, ApplicationStatus.RETURNED, "電話番号を確認してください", "counter");
        assertThat(applications.resumable(hanako()))
                .anyMatch(s -> s.applicationId() == draft && s.staffComment().equals("電話番号を確認してください"));
        NoticeLine returned = notices.notices(hanako()).get(0);
        assertThat(returned.kind()).isEqualTo(NoticeKind.APPLICATION_RETURNED);
        assertThat(returned.read()).isFalse();
        assertThat(notices.read(hanako(), returned.id()))
                .hasValueSatisfying(n -> assertThat(n.read()).isTrue());
        assertThat(notices.read(taro(), returned.id())).isEmpty();
        assertThat(applications.save(hanako(), draft, values)).isEmpty();
        Submission again =
                applications.signAndSubmit(hanako(), draft, READER + "hanako", "HANAKO2025".toCharArray(), "127.0.0.1");
        assertThat(again.receiptNumber()).isEqualTo(receipt);
        assertThat(again.repeated()).isFalse();
        inbox.changeStatus(chiyodaStaff(), draft, ApplicationStatus.UNDER_REVIEW, null, "counter");
        inbox.changeStatus(chiyodaStaff(), draft, ApplicationStatus.COMPLETED, null, "counter");
        assertThat(applications.open(hanako(), draft).status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(inbox.open(chiyodaStaff(), draft, "counter").history())
                .extracting(StatusChange::to)
                .containsExactly(
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.RETURNED,
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.UNDER_REVIEW,
                        ApplicationStatus.COMPLETED);
        assertThat(usage.recent(chiyodaStaff().residentId(), 20))
                .anyMatch(e -> e.getAction() == UsageAction.APPLICATION_STATUS_CHANGED);
        assertThat(usage.recent(hanako().residentId(), 20))
                .anyMatch(e -> e.getAction() == UsageAction.APPLICATION_STATUS_CHANGED);
    }

    @Test
    void theReceiptIsAPdfWithTheReceiptNumber() throws Exception {
        SignedInUser taro = taro();
        long procedure = procedure(false);
        long draft = applications.start(taro, List.of(procedure)).get(0);
        fillIn(taro, draft);
        Submission submission = applications.submit(taro, draft, "test");
        byte[] pdf = applications.receipt(taro, draft, Locale.JAPANESE);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(submission.receiptNumber());
        }
    }

    @Test
    void anExpiredDraftIsGoneFromResumeAndCannotBeOpened() throws Exception {
        SignedInUser taro = taro();
        long draft = applications.start(taro, List.of(procedure(false))).get(0);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE pittari_application SET expires_at = ? WHERE id = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            update.setLong(2, draft);
            update.executeUpdate();
        }
        assertThat(applications.resumable(taro)).noneMatch(s -> s.applicationId() == draft);
        assertThatThrownBy(() -> applications.open(taro, draft)).isInstanceOf(ApplicationException.class);
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
