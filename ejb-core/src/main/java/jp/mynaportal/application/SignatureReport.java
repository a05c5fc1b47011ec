package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The signature check staff see beside an application.
 *
 * @param present whether the application carries a signature at all
 * @param intact the signature is mathematically valid over what it signed
 * @param contentMatches what it signed is the application as stored now (form data and attachments)
 * @param pathTrusted the signer's certificate leads to a trusted signing CA
 * @param notRevokedAtSigning the certificate was not revoked when the application was signed
 * @param signerName the name in the signing certificate
 * @param signerAddress the address in the signing certificate
 * @param nameMatches the form's applicant name equals the certificate's
 * @param addressMatches the form's applicant address equals the certificate's
 * @param problems message-bundle keys of what failed, empty when valid
 */
public record SignatureReport(
        boolean present,
        boolean intact,
        boolean contentMatches,
        boolean pathTrusted,
        boolean notRevokedAtSigning,
        Instant signingTime,
        String signerName,
        String signerAddress,
        boolean nameMatches,
        boolean addressMatches,
        List<String> problems)
        implements Serializable {

    public SignatureReport {
        problems = List.copyOf(problems);
    }

    /** No signature (the procedure needs none). */
    public static SignatureReport absent() {
        return new SignatureReport(false, false, false, false, false, null, null, null, false, false, List.of());
    }

    /** Signature, content, path and revocation all hold. */
    public boolean valid() {
        return present && intact && contentMatches && pathTrusted && notRevokedAtSigning;
    }
}
