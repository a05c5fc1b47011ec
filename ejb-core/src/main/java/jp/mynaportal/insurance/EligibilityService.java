package jp.mynaportal.insurance;

/**
 * オンライン資格確認 for a medical institution (the calling agency, from the container), as a
 * clinic's face-recognition card reader does it: the portal gives a single-use challenge, the card
 * signs it with the 利用者証明用 key after its 4-digit password, and the portal checks certificate
 * and signature and answers the person's current insurance, only for residents who registered the
 * card as 健康保険証. Each answer about a resident is in their 利用履歴.
 */
public interface EligibilityService {

    /**
     * A challenge for one check by this institution, valid a few minutes.
     *
     * @throws jp.mynaportal.access.AccessDeniedException for an agency that is no medical institution
     */
    EligibilityChallenge challenge();

    /**
     * Checks a card and answers its holder's insurance.
     *
     * @param certificate the DER of the card's 利用者証明用 certificate
     * @param challenge the challenge as {@link #challenge()} gave it
     * @param signature the card's RSA PKCS#1 v1.5 SHA-256 signature over the challenge's bytes
     */
    Eligibility check(byte[] certificate, String challenge, byte[] signature, String terminal);
}
