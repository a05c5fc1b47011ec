package jp.mynaportal.proxy.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.auth.CertificateHolders;
import jp.mynaportal.card.api.AllReadersBusyException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.platform.card.ReaderNotEnabledException;
import jp.mynaportal.proxy.CardCheck;
import jp.mynaportal.proxy.CardCheck.Outcome;

/**
 * Reads a card for a 代理人 registration as login does, through this node's readers: the
 * authentication certificate, the login PIN checked on the card, a fresh random challenge signed
 * with the authentication key and verified with the certificate, the certificate's path and CRL;
 * then the resident the resident registry links the certificate to.
 */
@ApplicationScoped
public class ProxyCards {

    private static final Logger LOG = Logger.getLogger(ProxyCards.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private CardReaderDirectory readers;

    @Inject
    private CertificateHolders holders;

    @Inject
    private ProxyTrust trust;

    /**
     * What the card in the reader proved: its holder (null if nobody known), the certificate and its
     * reference, or why it proved nothing.
     */
    record Reading(CardCheck check, String holder, String certificateRef, String certificate) {

        static Reading failed(CardCheck check) {
            return new Reading(check, null, null, null);
        }
    }

    /** Reads the card and checks the PIN (the array is wiped). */
    Reading read(String readerName, char[] pin, String terminal) {
        try (CardSession card = readers.open(readerName, terminal)) {
            X509Certificate certificate = card.readCertificate(CertificateKind.AUTH);
            if (!PinKind.AUTH.hasFormat(pin)) {
                return Reading.failed(CardCheck.of(Outcome.PIN_FORMAT));
            }
            PinResult check = card.verifyPin(PinKind.AUTH, pin);
            if (check.isBlocked() || (!check.isOk() && check.triesLeft() == 0)) {
                return Reading.failed(CardCheck.of(Outcome.CARD_LOCKED));
            }
            if (!check.isOk()) {
                return Reading.failed(new CardCheck(Outcome.WRONG_PIN, check.triesLeft()));
            }
            byte[] challenge = new byte[32];
            RANDOM.nextBytes(challenge);
            byte[] signature = card.sign(
                    CardKey.AUTH,
                    "SHA-256",
                    MessageDigest.getInstance("SHA-256").digest(challenge));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            String encoded = ProxyTrust.encode(certificate);
            if (!verifier.verify(signature) || !trust.good(encoded, Instant.now())) {
                return Reading.failed(CardCheck.of(Outcome.CERTIFICATE_INVALID));
            }
            return new Reading(
                    CardCheck.of(Outcome.CONFIRMED),
                    holders.residentOf(certificate).orElse(null),
                    ResidentCertificate.reference(certificate.getIssuerX500Principal(), certificate.getSerialNumber()),
                    encoded);
        } catch (ReaderNotEnabledException e) {
            return Reading.failed(CardCheck.of(Outcome.READER_NOT_ENABLED));
        } catch (AllReadersBusyException e) {
            return Reading.failed(CardCheck.of(Outcome.READERS_BUSY));
        } catch (NoCardException e) {
            return Reading.failed(CardCheck.of(Outcome.NO_CARD));
        } catch (CardException e) {
            LOG.warning(() -> "A card for a proxy registration could not be read: "
                    + e.getClass().getSimpleName());
            return Reading.failed(CardCheck.of(Outcome.CARD_ERROR));
        } catch (GeneralSecurityException e) {
            return Reading.failed(CardCheck.of(Outcome.CERTIFICATE_INVALID));
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** Whether the holder finished 利用者登録. */
    boolean registered(String residentId) {
        return residentId != null && holders.nickname(residentId).isPresent();
    }
}
