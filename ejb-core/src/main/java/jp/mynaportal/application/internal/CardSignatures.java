package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ProcedureRef;
import jp.mynaportal.application.SignatureReport;
import jp.mynaportal.application.model.AttachmentInfo;
import jp.mynaportal.application.signature.ApplicationAttachment;
import jp.mynaportal.application.signature.ApplicationSigner;
import jp.mynaportal.application.signature.CanonicalApplication;
import jp.mynaportal.application.signature.DigestSigner;
import jp.mynaportal.application.signature.SignatureCheck;
import jp.mynaportal.application.signature.SignatureFailure;
import jp.mynaportal.application.signature.SignatureVerifier;
import jp.mynaportal.card.api.AllReadersBusyException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.pki.CertificateFiles;
import jp.mynaportal.pki.FileCrlSource;
import jp.mynaportal.pki.PkiSettings;
import jp.mynaportal.platform.card.CardReaderDirectory;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * The electronic signature of applications: signing with the sign key (or, for procedures that
 * ask for it, the 利用者証明用 key) of the card in one of this node's readers (after checking that the card is the logged-in resident's), and checking a
 * stored signature against the trusted signing CAs and their CRLs.
 */
@ApplicationScoped
public class CardSignatures {

    /** A signature made: the CMS SignedData (DER) and the signing time it carries. */
    public record Signed(byte[] cms, Instant signingTime) {}

    @Inject
    private CardReaderDirectory readers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApplicationSupport support;

    /** How far a client's signing time may lie from the time the server receives the signature. */
    static final Duration CLIENT_SIGNATURE_AGE = Duration.ofMinutes(10);

    private final Clock clock = Clock.systemUTC();
    private volatile SignatureVerifier verifier;
    private volatile SignatureVerifier authVerifier;

    /**
     * Has the card in a reader sign content with one of its keys (the sign key after the signing
     * password, or the 利用者証明用 key after the 4-digit login password), after checking that the
     * card is the resident's. The card session wipes the password when it checks it; the caller
     * wipes its own array in any case (see {@code DefaultApplicationService#signAndSubmit}).
     */
    public Signed sign(
            String residentId, String readerName, String terminal, char[] password, byte[] content, CardKey key) {
        boolean auth = key == CardKey.AUTH;
        if (!key.pin().hasFormat(password)) {
            throw new ApplicationException(auth ? Reason.AUTH_PIN_FORMAT : Reason.SIGN_PIN_FORMAT);
        }
        try (CardSession card = readers.open(readerName, terminal)) {
            X509Certificate authCertificate = card.readCertificate(CertificateKind.AUTH);
            String owner = accounts.findCertificate(ResidentCertificate.reference(
                            authCertificate.getIssuerX500Principal(), authCertificate.getSerialNumber()))
                    .map(ResidentCertificate::getResidentId)
                    .orElse(null);
            if (!residentId.equals(owner)) {
                throw new ApplicationException(Reason.CARD_NOT_YOURS);
            }
            PinResult check = card.verifyPin(key.pin(), password);
            if (check.isBlocked() || (!check.isOk() && check.triesLeft() == 0)) {
                throw new ApplicationException(auth ? Reason.AUTH_PIN_BLOCKED : Reason.SIGN_PIN_BLOCKED);
            }
            if (!check.isOk()) {
                throw auth
                        ? ApplicationException.wrongLoginPassword(check.triesLeft())
                        : ApplicationException.wrongSigningPassword(check.triesLeft());
            }
            X509Certificate certificate = auth ? authCertificate : card.readCertificate(CertificateKind.SIGN);
            DigestSigner cardKey =
                    auth ? sha256 -> card.sign(CardKey.AUTH, "SHA-256", sha256) : DigestSigner.signingKeyOf(card);
            byte[] cms = new ApplicationSigner(clock).sign(content, certificate, cardKey);
            SignatureCheck verified = verifier(key).verify(cms, content);
            if (!verified.valid()) {
                throw new ApplicationException(
                        auth ? Reason.AUTH_CERTIFICATE_INVALID : Reason.SIGN_CERTIFICATE_INVALID);
            }
            return new Signed(cms, verified.signingTime());
        } catch (AllReadersBusyException e) {
            throw new ApplicationException(Reason.READERS_BUSY);
        } catch (CardException e) {
            throw new ApplicationException(Reason.NO_CARD);
        }
    }

    /**
     * Checks a signature a client made with the card key the procedure asks for: valid over this
     * content, trusted, not revoked, made within {@link #CLIENT_SIGNATURE_AGE} of now (CAdES-BES
     * carries only the signer's own clock), by the resident: with the signing key, the name and
     * birth date of the signing certificate equal the resident record's; with the authentication
     * key (whose certificate names nobody), the certificate is one the resident logged in with.
     *
     * @return the signing time
     */
    public Instant acceptClientSignature(byte[] cms, byte[] content, Resident resident, Instant now, CardKey key) {
        SignatureCheck check = verifier(key).verify(cms, content);
        if (!check.valid()) {
            throw new ApplicationException(Reason.SIGNATURE_INVALID);
        }
        Duration age = Duration.between(check.signingTime(), now).abs();
        if (age.compareTo(CLIENT_SIGNATURE_AGE) > 0) {
            throw new ApplicationException(Reason.SIGNATURE_INVALID);
        }
        if (!signedBy(check, resident, key)) {
            throw new ApplicationException(Reason.SIGNER_NOT_APPLICANT);
        }
        return check.signingTime();
    }

    private boolean signedBy(SignatureCheck check, Resident resident, CardKey key) {
        if (key == CardKey.AUTH) {
            X509Certificate certificate = check.signerCertificate();
            return resident.getId()
                    .equals(accounts.findCertificate(ResidentCertificate.reference(
                                    certificate.getIssuerX500Principal(), certificate.getSerialNumber()))
                            .map(ResidentCertificate::getResidentId)
                            .orElse(null));
        }
        return same(check.signer().name(), resident.getFullName())
                && java.util.Objects.equals(check.signer().birthDate(), resident.getBirthDate());
    }

    /**
     * Whether a signature, already verified, carries exactly this content (a cheap comparison of
     * the encapsulated bytes, for the re-check under the row lock).
     */
    public boolean covers(byte[] cms, byte[] content) {
        try {
            Object signed = new CMSSignedData(cms).getSignedContent().getContent();
            return signed instanceof byte[] bytes && java.util.Arrays.equals(bytes, content);
        } catch (CMSException | RuntimeException e) {
            return false;
        }
    }

    /** The bytes a signature covers: the application's data and its attachments' digests. */
    public byte[] canonical(
            ProcedureRef procedure,
            String lgCode,
            String residentId,
            Map<String, String> values,
            List<AttachmentInfo> attachments) {
        return new CanonicalApplication(
                        procedure.function(),
                        procedure.key(),
                        lgCode,
                        residentId,
                        values,
                        attachments.stream()
                                .map(a -> new ApplicationAttachment(
                                        a.fieldKey(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256()))
                                .toList())
                .toBytes();
    }

    /**
     * The check staff see: each part of the signature check, the signer's name and address from
     * the certificate, and whether they equal the form's applicant name and address.
     */
    public SignatureReport report(byte[] cms, byte[] content, Map<String, String> values, CardKey key) {
        if (cms == null) {
            return SignatureReport.absent();
        }
        SignatureCheck check = verifier(key).verify(cms, content);
        String name = check.signer() == null ? null : check.signer().name();
        String address = check.signer() == null ? null : check.signer().address();
        List<String> problems = new ArrayList<>();
        for (SignatureFailure failure : check.failures()) {
            problems.add("counter.signature.failure." + failure.name().toLowerCase(Locale.ROOT));
        }
        return new SignatureReport(
                true,
                check.signatureValid(),
                check.contentMatches(),
                check.pathTrusted(),
                check.revocation().validAtSigningTime(),
                check.signingTime(),
                name,
                address,
                same(name, values.get("applicant_name")),
                same(address, values.get("applicant_address")),
                problems);
    }

    /** The signer's name of a stored signature for the receipt, or null without a readable one. */
    public String signerName(byte[] cms, byte[] content, CardKey key) {
        if (cms == null) {
            return null;
        }
        SignatureCheck check = verifier(key).verify(cms, content);
        return check.signer() == null ? null : check.signer().name();
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private SignatureVerifier verifier(CardKey key) {
        return key == CardKey.AUTH ? authenticationVerifier() : signingVerifier();
    }

    private SignatureVerifier signingVerifier() {
        SignatureVerifier current = verifier;
        if (current == null) {
            synchronized (this) {
                current = verifier;
                if (current == null) {
                    ApplicationSettings settings = support.settings();
                    current = new SignatureVerifier(
                            CertificateFiles.read(settings.trustedSignCas()),
                            new FileCrlSource(
                                    settings.signCrls(),
                                    clock,
                                    PkiSettings.fromConfig().clockSkew()));
                    verifier = current;
                }
            }
        }
        return current;
    }

    private SignatureVerifier authenticationVerifier() {
        SignatureVerifier current = authVerifier;
        if (current == null) {
            synchronized (this) {
                current = authVerifier;
                if (current == null) {
                    ApplicationSettings settings = support.settings();
                    current = SignatureVerifier.forAuthentication(
                            CertificateFiles.read(settings.trustedAuthCas()),
                            new FileCrlSource(
                                    settings.authCrls(),
                                    clock,
                                    PkiSettings.fromConfig().clockSkew()));
                    authVerifier = current;
                }
            }
        }
        return current;
    }
}
