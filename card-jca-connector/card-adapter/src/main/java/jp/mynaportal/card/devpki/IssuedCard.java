package jp.mynaportal.card.devpki;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * A card in the development PKI's register.
 *
 * @param cardId the card's identifier
 * @param authSerial serial number of its authentication certificate
 * @param signSerial serial number of its signing certificate
 * @param issuedAt when it was issued
 * @param revokedAt when it was revoked, or null
 */
public record IssuedCard(
        String cardId, BigInteger authSerial, BigInteger signSerial, Instant issuedAt, Instant revokedAt) {

    public Optional<Instant> revocation() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
