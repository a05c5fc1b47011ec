package jp.mynaportal.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.inject.spi.CDI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.application.InboxLine;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.Submission;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.IssuedCard;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.insurance.Eligibility.Outcome;
import jp.mynaportal.insurance.internal.EligibilityAnswers;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.support.Callers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 健康保険証利用申込 and オンライン資格確認 inside Payara Micro, with virtual cards of the test's own
 * residents on the card-reader adapter: the application signed with the 利用者証明用 key reaches
 * the insurer, a second application is refused with the date of the first, the application core
 * serves ぴったりサービス and 健康保険証利用申込 side by side (and keeps the insurer's applications
 * out of the municipal counter inbox), and the eligibility answer for an unregistered resident, a
 * registered one before and after an insurer change, and a revoked certificate.
 */
abstract class InsuranceServiceContract {

    private static final String TERMINAL = "127.0.0.1";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private InsuranceService insurance;
    private ApplicationService applications;
    private final List<String> cards = new java.util.ArrayList<>();

    @BeforeEach
    void lookUp() {
        insurance = CDI.current().select(InsuranceService.class).get();
        applications = CDI.current().select(ApplicationService.class).get();
    }

    @AfterEach
    void removeCards() throws Exception {
        for (String card : cards) {
            TestResidents.removeCard(card);
        }
    }

    /** A new resident insured by the insurer, logged in with their card; answers their card id. */
    private String loggedInResident(String insurerNumber) throws Exception {
        String name = "保険 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String card = TestResidents.create(name, insurerNumber);
        cards.add(card);
        Callers.logInRegistered(card, TestResidents.AUTH_PIN, "ほけん");
        return card;
    }

    private Submission applyWithCard(String card) {
        long id = insurance.apply();
        return applications.signAndSubmit(id, Callers.READER + card, TestResidents.AUTH_PIN.toCharArray(), TERMINAL);
    }

    @Test
    void theApplicationSignedWithTheLoginPasswordAndTheCardReachesTheResidentsInsurer() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        assertThat(insurance.status().state()).isEqualTo(InsuranceStatus.State.NOT_APPLIED);

        Submission submission = applyWithCard(card);

        assertThat(submission.receiptNumber()).isNotBlank();
        InsuranceStatus status = insurance.status();
        assertThat(status.state()).isEqualTo(InsuranceStatus.State.APPLIED);
        assertThat(status.insurerName()).isEqualTo("全国健康保険協会（協会けんぽ）");
        assertThat(registrationInsurer(Callers.callerName())).isEqualTo(TestResidents.KYOKAI_TOKYO);
    }

    @Test
    void aClientsOwnSignatureWithTheAuthenticationKeySubmitsTheApplication() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        long id = insurance.apply();

        byte[] cms = clientSignature(card, CardKey.AUTH, applications.dataToSign(id));

        assertThat(applications.submitSigned(id, cms, TERMINAL).receiptNumber()).isNotBlank();
        assertThat(insurance.status().state()).isEqualTo(InsuranceStatus.State.APPLIED);
    }

    @Test
    void aClientsOwnSignatureWithTheSigningKeyIsNotTheOneThisApplicationAsksFor() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        long id = insurance.apply();

        byte[] cms = clientSignature(card, CardKey.SIGN, applications.dataToSign(id));

        assertThatThrownBy(() -> applications.submitSigned(id, cms, TERMINAL))
                .isInstanceOfSatisfying(
                        ApplicationException.class,
                        e -> assertThat(e.reason()).isEqualTo(ApplicationException.Reason.SIGNATURE_INVALID));
        assertThat(insurance.status().state()).isEqualTo(InsuranceStatus.State.NOT_APPLIED);
    }

    /** A CAdES signature as a client program makes it with the card in a reader of its own. */
    private static byte[] clientSignature(String card, CardKey key, byte[] content) throws Exception {
        jp.mynaportal.card.api.CardReaders readers =
                javax.naming.InitialContext.doLookup("java:app/mynaportal/CardReaders");
        try (jp.mynaportal.card.api.CardSession session = readers.open(Callers.READER + card)) {
            boolean auth = key == CardKey.AUTH;
            String password = auth ? TestResidents.AUTH_PIN : TestResidents.SIGN_PASSWORD;
            assertThat(session.verifyPin(key.pin(), password.toCharArray()).isOk())
                    .isTrue();
            java.security.cert.X509Certificate certificate = session.readCertificate(
                    auth ? jp.mynaportal.card.api.CertificateKind.AUTH : jp.mynaportal.card.api.CertificateKind.SIGN);
            jp.mynaportal.application.signature.DigestSigner signer = auth
                    ? sha256 -> session.sign(CardKey.AUTH, "SHA-256", sha256)
                    : jp.mynaportal.application.signature.DigestSigner.signingKeyOf(session);
            return new jp.mynaportal.application.signature.ApplicationSigner(java.time.Clock.systemUTC())
                    .sign(content, certificate, signer);
        }
    }

    @Test
    void aWrongLoginPasswordSaysTheTriesLeftAndSubmitsNothing() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        long id = insurance.apply();

        assertThatThrownBy(() -> applications.signAndSubmit(id, Callers.READER + card, "9999".toCharArray(), TERMINAL))
                .isInstanceOfSatisfying(ApplicationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ApplicationException.Reason.AUTH_PIN_WRONG);
                    assertThat(e.triesLeft()).isEqualTo(2);
                });
        assertThat(insurance.status().state()).isEqualTo(InsuranceStatus.State.NOT_APPLIED);
    }

    @Test
    void aSecondApplicationSaysWhenTheCardWasRegisteredInsteadOfMakingAnother() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        applyWithCard(card);
        assertThatThrownBy(() -> insurance.apply()).isInstanceOfSatisfying(InsuranceException.class, e -> {
            assertThat(e.reason()).isEqualTo(InsuranceException.Reason.ALREADY_APPLIED);
            assertThat(e.since()).isNotNull();
        });

        confirmAsTheInsurer(Callers.callerName());

        assertThatThrownBy(() -> insurance.apply())
                .isInstanceOfSatisfying(
                        InsuranceException.class,
                        e -> assertThat(e.reason()).isEqualTo(InsuranceException.Reason.ALREADY_REGISTERED));
        assertThat(insurance.status().registered()).isTrue();
        assertThat(insuranceApplications(Callers.callerName())).isEqualTo(1);
    }

    @Test
    void theApplicationCoreServesPittariAndInsuranceInOneDeploymentAndKeepsTheInsurersOutOfTheCounterInbox()
            throws Exception {
        ProcedureRef pittari = onlineProcedureOfChiyoda();
        String card = loggedInResident(TestResidents.KOKUHO_CHIYODA);
        long pittariDraft = applications.start(List.of(pittari)).get(0);
        long insuranceDraft = insurance.apply();

        assertThat(applications.resumable())
                .extracting(ApplicationSummary::applicationId, ApplicationSummary::function)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(pittariDraft, "pittari"),
                        org.assertj.core.groups.Tuple.tuple(insuranceDraft, "insurance"));
        assertThat(applications.open(insuranceDraft).procedureName()).startsWith("健康保険証利用申込");

        Submission submitted = applications.signAndSubmit(
                insuranceDraft, Callers.READER + card, TestResidents.AUTH_PIN.toCharArray(), TERMINAL);
        assertThat(submitted.receiptNumber()).startsWith("131016-");

        Callers.logInRegistered("staff-chiyoda", "5678", "窓口");
        InboxService inbox = CDI.current().select(InboxService.class).get();
        assertThat(inbox.inbox(null)).extracting(InboxLine::applicationId).doesNotContain(insuranceDraft);
        assertThatThrownBy(() -> inbox.open(insuranceDraft, TERMINAL))
                .isInstanceOfSatisfying(
                        ApplicationException.class,
                        e -> assertThat(e.reason()).isEqualTo(ApplicationException.Reason.NOT_FOUND));
    }

    @Test
    void theEligibilityCheckAnswersNothingForAResidentWhoDidNotRegister() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);

        Eligibility answer = check(card);

        assertThat(answer.outcome()).isEqualTo(Outcome.NOT_REGISTERED);
        assertThat(answer.insurerNumber()).isNull();
        assertThat(answer.name()).isNull();
    }

    @Test
    void theEligibilityCheckAnswersTheInsuranceOfTodayAfterAnInsurerChange() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        String residentId = Callers.callerName();
        applyWithCard(card);
        confirmAsTheInsurer(residentId);
        Eligibility before = check(card);
        assertThat(before.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(before.insurerNumber()).isEqualTo(TestResidents.KYOKAI_TOKYO);

        LocalDate today = LocalDate.now(JAPAN);
        TestResidents.endInsurance(residentId, today.minusDays(1));
        TestResidents.insure(residentId, TestResidents.KOKUHO_CHIYODA, today);

        Eligibility after = check(card);
        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(after.insurerNumber()).isEqualTo(TestResidents.KOKUHO_CHIYODA);
        assertThat(after.insurerName()).isEqualTo("千代田区国民健康保険");
        assertThat(after.validFrom()).isEqualTo(today);
    }

    @Test
    void theEligibilityCheckRefusesARevokedCertificate() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        applyWithCard(card);
        confirmAsTheInsurer(Callers.callerName());
        byte[][] signed = signChallenge(card);

        TestResidents.revoke(card);

        Eligibility answer = answers().answer(signed[0], signed[1], signed[2]).eligibility();
        assertThat(answer.outcome()).isEqualTo(Outcome.CERTIFICATE_REVOKED);
        assertThat(answer.insurerNumber()).isNull();
    }

    @Test
    void theEligibilityCheckRefusesASignatureOverAnotherChallenge() throws Exception {
        String card = loggedInResident(TestResidents.KYOKAI_TOKYO);
        byte[][] signed = signChallenge(card);
        byte[] other = signed[1].clone();
        other[0] ^= 1;

        assertThat(answers().answer(signed[0], other, signed[2]).eligibility().outcome())
                .isEqualTo(Outcome.SIGNATURE_INVALID);
    }

    private static EligibilityAnswers answers() {
        return CDI.current().select(EligibilityAnswers.class).get();
    }

    private Eligibility check(String card) throws Exception {
        byte[][] signed = signChallenge(card);
        return answers().answer(signed[0], signed[1], signed[2]).eligibility();
    }

    /**
     * What a clinic's card reader sends: the card's 利用者証明用 certificate, a challenge and the card's
     * signature over it with the authentication key after the 4-digit password.
     */
    private static byte[][] signChallenge(String card) throws Exception {
        byte[] challenge = new byte[32];
        new java.security.SecureRandom().nextBytes(challenge);
        CardReaderDirectory readers =
                CDI.current().select(CardReaderDirectory.class).get();
        Callers.freshCard(card, TestResidents.AUTH_PIN);
        try (CardSession session = readers.open(Callers.READER + card, TERMINAL)) {
            byte[] certificate = session.readCertificate(CertificateKind.AUTH).getEncoded();
            assertThat(session.verifyPin(PinKind.AUTH, TestResidents.AUTH_PIN.toCharArray())
                            .isOk())
                    .isTrue();
            byte[] signature = session.sign(
                    CardKey.AUTH,
                    "SHA-256",
                    MessageDigest.getInstance("SHA-256").digest(challenge));
            return new byte[][] {certificate, challenge, signature};
        }
    }

    private ProcedureRef onlineProcedureOfChiyoda() {
        PittariCatalogueService catalogue =
                CDI.current().select(PittariCatalogueService.class).get();
        for (ProcedureSummary p : catalogue.findByCategories("131016", EnumSet.allOf(ProcedureCategory.class))) {
            if (p.online()) {
                return PittariProcedures.ref(p.id());
            }
        }
        throw new AssertionError("no online procedure in 千代田区");
    }

    /** What the insurer's confirmation writes (the agency side confirms through the agency API). */
    private static void confirmAsTheInsurer(String residentId) throws Exception {
        try (Connection connection = TestResidents.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE insurance_registration SET status ="
                        + " 'REGISTERED', registered_at = ?, registered_by = 'test-insurer' WHERE resident_id = ?")) {
            update.setObject(1, Instant.now().atOffset(java.time.ZoneOffset.UTC));
            update.setString(2, residentId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static String registrationInsurer(String residentId) throws Exception {
        try (Connection connection = TestResidents.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT insurer_number FROM insurance_registration WHERE resident_id = ?")) {
            query.setString(1, residentId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static long insuranceApplications(String residentId) throws Exception {
        try (Connection connection = TestResidents.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM pittari_application"
                        + " WHERE resident_id = ? AND procedure_function = 'insurance' AND status <> 'DRAFT'")) {
            query.setString(1, residentId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Residents of one test's own, each with a fresh virtual card from the development PKI, so that a
     * registration (one per resident, for good) made by one test run never meets another: the card
     * file in the card folder, the resident, the certificate's link to them and their health
     * insurance, written as the operator's seeding would. Runs inside the container.
     */
    static final class TestResidents {

        static final String AUTH_PIN = "2580";
        static final String SIGN_PASSWORD = "TEST2580";
        static final String KYOKAI_TOKYO = "01130012";
        static final String KOKUHO_CHIYODA = "138016";

        private TestResidents() {}

        /** A new resident of 千代田区 insured by an insurer since 2020; answers the card id. */
        static String create(String name, String insurerNumber) throws Exception {
            String cardId = "ins-" + UUID.randomUUID().toString().substring(0, 8);
            Path data = Path.of("data");
            DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
            pki.issue(
                    new Resident(
                            cardId,
                            "9" + String.format("%011d", Math.abs(cardId.hashCode()) % 100_000_000_000L),
                            new BasicFacts(name, "東京都千代田区永田町一丁目7番1号", LocalDate.of(1988, 5, 5), Sex.FEMALE)),
                    new CardPins(AUTH_PIN.toCharArray(), SIGN_PASSWORD.toCharArray(), AUTH_PIN.toCharArray()),
                    data.resolve("cards"));
            IssuedCard issued = pki.cards().stream()
                    .filter(c -> c.cardId().equals(cardId))
                    .findFirst()
                    .orElseThrow();
            String residentId = UUID.randomUUID().toString();
            Instant now = Instant.now();
            try (Connection connection = dataSource().getConnection()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO resident (id, full_name, address, birth_date, lg_code, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, residentId);
                    insert.setString(2, name);
                    insert.setString(3, "東京都千代田区永田町一丁目7番1号");
                    insert.setDate(4, Date.valueOf(LocalDate.of(1988, 5, 5)));
                    insert.setString(5, "131016");
                    insert.setObject(6, now.atOffset(java.time.ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO resident_certificate (certificate_ref, resident_id, card_label, registered_at)"
                                + " VALUES (?, ?, ?, ?)")) {
                    insert.setString(
                            1,
                            ResidentCertificate.reference(
                                    pki.caCertificate(CardKey.AUTH).getSubjectX500Principal(), issued.authSerial()));
                    insert.setString(2, residentId);
                    insert.setString(3, cardId);
                    insert.setObject(4, now.atOffset(java.time.ZoneOffset.UTC));
                    insert.executeUpdate();
                }
            }
            if (insurerNumber != null) {
                insure(residentId, insurerNumber, LocalDate.of(2020, 4, 1));
            }
            return cardId;
        }

        /** The resident is insured by the insurer from the day on. */
        static void insure(String residentId, String insurerNumber, LocalDate from) throws Exception {
            try (Connection connection = dataSource().getConnection();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO insurance_coverage (id, resident_id, insurer_number, card_symbol, card_number,"
                                    + " valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
                insert.setLong(
                        1,
                        9_000_000_000L
                                + java.util.concurrent.ThreadLocalRandom.current()
                                        .nextLong(1_000_000_000L));
                insert.setString(2, residentId);
                insert.setString(3, insurerNumber);
                insert.setString(4, "T" + insurerNumber.substring(0, 3));
                insert.setString(5, residentId.substring(0, 8));
                insert.setDate(6, Date.valueOf(from));
                insert.executeUpdate();
            }
        }

        /** The resident's current insurance ends with the day (資格喪失 the next day). */
        static void endInsurance(String residentId, LocalDate lastDay) throws Exception {
            try (Connection connection = dataSource().getConnection();
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE insurance_coverage SET valid_until = ? WHERE resident_id = ? AND valid_until IS NULL")) {
                update.setDate(1, Date.valueOf(lastDay));
                update.setString(2, residentId);
                update.executeUpdate();
            }
        }

        /** The card's certificates revoked, and a CRL saying so published where the portal reads it. */
        static void revoke(String cardId) {
            Path data = Path.of("data");
            DevelopmentPki pki = DevelopmentPki.openOrCreate(data.resolve("pki"));
            pki.revoke(cardId);
            pki.publishCrls(data.resolve("pki"), java.time.Duration.ofDays(7));
        }

        /** Removes the test card's file, so that the card folder does not grow with every run. */
        static void removeCard(String cardId) throws Exception {
            Files.deleteIfExists(Path.of("data").resolve("cards").resolve(cardId + CardFile.EXTENSION));
        }

        static DataSource dataSource() throws Exception {
            return InitialContext.doLookup("java:app/jdbc/mynaportal");
        }

        static Timestamp now() {
            return Timestamp.from(Instant.now());
        }
    }
}
