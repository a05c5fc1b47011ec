package jp.mynaportal.card.devpki;

import java.util.Objects;
import jp.mynaportal.card.api.BasicFacts;

/**
 * A resident to whom the development PKI issues a card.
 *
 * @param cardId the identifier of the card (and of its file)
 * @param myNumber the 12-digit My Number
 * @param facts name, address, birth date and sex
 */
public record Resident(String cardId, String myNumber, BasicFacts facts) {

    public Resident {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(facts, "facts");
        if (myNumber == null || !myNumber.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("A My Number has 12 digits");
        }
    }

    @Override
    public String toString() {
        return "Resident[" + cardId + "]";
    }
}
