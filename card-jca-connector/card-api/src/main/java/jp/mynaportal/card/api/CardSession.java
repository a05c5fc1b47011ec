package jp.mynaportal.card.api;

import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * One caller's hold on one card reader and the My Number card in it. Operations that need the card
 * throw {@link NoCardException} when the reader is empty and {@link CardRemovedException} when the
 * card leaves the reader in the middle of an operation. Close it to give the reader back.
 */
public interface CardSession extends AutoCloseable {

    /** The name of the reader this session holds. */
    String readerName();

    /**
     * Waits until a card with the JPKI applet is in the reader.
     *
     * @return whether a card arrived within the timeout
     */
    boolean waitForCard(Duration timeout);

    /** Reads a certificate; {@link CertificateKind#SIGN} needs the signing password first. */
    X509Certificate readCertificate(CertificateKind kind);

    /**
     * Checks a PIN on the card. The array is wiped before this method returns, whatever the outcome.
     *
     * @throws IllegalArgumentException if the PIN does not have the format of its kind (no try is
     *     spent)
     */
    PinResult verifyPin(PinKind kind, char[] pin);

    /** The tries left for a PIN, without spending one. */
    PinResult pinStatus(PinKind kind);

    /**
     * Signs a digest with a key on the card (RSA PKCS#1 v1.5); the matching PIN must have been
     * verified in this session.
     *
     * @param digestAlgorithm {@code SHA-256}, {@code SHA-384}, {@code SHA-512} or {@code SHA-1}
     * @throws PinRequiredException if the key's PIN was not verified
     */
    byte[] sign(CardKey key, String digestAlgorithm, byte[] digest);

    /**
     * Sets a new PIN with full tries, as a municipal counter does for a blocked PIN: the
     * administrator authenticates to the card (challenge and answer), then the card resets the PIN.
     * The new PIN array is wiped before this method returns, whatever the outcome.
     *
     * @throws IllegalArgumentException if the new PIN does not have the format of its kind
     * @throws AdministratorRefusedException if the card does not accept the administrator
     */
    void resetPin(PinKind kind, char[] newPin, CardAdministrator administrator);

    /**
     * Sets a new authentication PIN with full tries, as the holder does without a counter (as Japan's
     * kiosks allow): the signing password proves possession and knowledge (VERIFY of the signing
     * PIN, which counts its own tries: five wrong ones block it), then the card resets the
     * authentication PIN (RESET RETRY COUNTER, which the card allows after the signing PIN). Both
     * arrays are wiped before this method returns, whatever the outcome.
     *
     * @return the signing password's answer: when it is not {@link PinResult#isOk() ok}, nothing was
     *     reset
     * @throws IllegalArgumentException if a PIN does not have the format of its kind (no try spent)
     * @throws AdministratorRefusedException if the card does not allow this reset
     */
    PinResult resetAuthPinWithSigningPassword(char[] signingPassword, char[] newAuthPin);

    /** The four basic facts of the card face; needs {@link PinKind#BASIC_FACTS} first. */
    BasicFacts readBasicFacts();

    /** The holder's 12-digit My Number; needs {@link PinKind#BASIC_FACTS} first. */
    String readMyNumber();

    /** Gives the reader back; never throws. */
    @Override
    void close();
}
