package jp.mynaportal.exchange.repository;

import jp.mynaportal.exchange.model.ExchangeOutcome;

/**
 * Which lines of a result to show: each criterion null for "any".
 *
 * @param requesterCode the asking agency (照会機関)
 * @param providerCode the answering agency (提供機関)
 * @param informationName the information (特定個人情報名)
 * @param outcome the outcome
 */
public record LineFilter(String requesterCode, String providerCode, String informationName, ExchangeOutcome outcome) {

    public static final LineFilter ANY = new LineFilter(null, null, null, null);
}
