package jp.mynaportal.exchange;

import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.exchange.model.ExchangeOutcome;

/**
 * An exchange as an agency reports it; the agency that reports it is one of the two.
 *
 * @param residentId the resident whose information was exchanged
 * @param exchangedAt when
 * @param requester the agency that asked (照会機関)
 * @param provider the agency that answered (提供機関)
 * @param procedure for which procedure (事務)
 * @param information which information (特定個人情報名)
 * @param outcome what came of it
 */
public record ExchangeEntry(
        String residentId,
        Instant exchangedAt,
        ExchangeParty requester,
        ExchangeParty provider,
        String procedure,
        String information,
        ExchangeOutcome outcome) {

    public ExchangeEntry {
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(exchangedAt, "exchangedAt");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(outcome, "outcome");
        if (procedure == null || procedure.isBlank() || procedure.length() > 300) {
            throw new IllegalArgumentException("procedure: 1 to 300 characters");
        }
        if (information == null || information.isBlank() || information.length() > 300) {
            throw new IllegalArgumentException("information: 1 to 300 characters");
        }
    }
}
