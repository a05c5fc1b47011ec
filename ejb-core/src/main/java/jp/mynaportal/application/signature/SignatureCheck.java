package jp.mynaportal.application.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.card.api.BasicFacts;

/**
 * The outcome of verifying the signature of an application, each check reported on its own.
 * Components that could not be read are {@code null}.
 *
 * @param signatureValid the signature verifies with the signer certificate's key over the signed
 *     attributes, and their message-digest matches the content carried
 * @param contentMatches the signed content equals the application's canonical bytes now
 * @param pathTrusted a PKIX path, valid at the signing time, leads to a trusted signing CA
 * @param revocation what the CA's current CRL says, relative to the signing time
 * @param revokedAt when the certificate was revoked, or {@code null} if it is not on the CRL
 * @param signingTime the signing time the signer claimed (CAdES-BES carries no trusted time), or
 *     {@code null}
 * @param signer name, address, birth date and sex from the certificate's SubjectAltName, or
 *     {@code null} (always for a signature with the authentication key, whose certificate names
 *     nobody; a signing certificate without them fails as SIGNER_FACTS_UNREADABLE)
 * @param signerCertificate the signer certificate, or {@code null}
 * @param failures the failed checks, in the order of {@link SignatureFailure}; empty when valid
 */
public record SignatureCheck(
        boolean signatureValid,
        boolean contentMatches,
        boolean pathTrusted,
        RevocationStatus revocation,
        Instant revokedAt,
        Instant signingTime,
        BasicFacts signer,
        X509Certificate signerCertificate,
        List<SignatureFailure> failures) {

    public SignatureCheck {
        Objects.requireNonNull(revocation, "revocation");
        failures = failures.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(failures));
        if (failures.isEmpty()
                && !(signatureValid
                        && contentMatches
                        && pathTrusted
                        && revocation.validAtSigningTime()
                        && signingTime != null)) {
            throw new IllegalArgumentException("A check that did not pass needs a failure reason");
        }
    }

    /** The result for bytes that are not a readable signature. */
    public static SignatureCheck unreadable() {
        return new SignatureCheck(
                false,
                false,
                false,
                RevocationStatus.NOT_CHECKED,
                null,
                null,
                null,
                null,
                List.of(SignatureFailure.UNREADABLE));
    }

    /** Whether every check passed: the signature stands for the application as it is now. */
    public boolean valid() {
        return failures.isEmpty();
    }

    /** Whether the signature could be read at all. */
    public boolean readable() {
        return !failures.contains(SignatureFailure.UNREADABLE);
    }
}
