package jp.mynaportal.platform.card;

import jp.mynaportal.card.api.CardException;

/** A terminal asked for this node's card readers that the operator did not enable for it. */
public class ReaderNotEnabledException extends CardException {

    private static final long serialVersionUID = 1L;

    public ReaderNotEnabledException(String terminal) {
        super("Card readers are not enabled for terminal " + terminal + " (see " + ReaderTerminals.KEY + ")");
    }
}
