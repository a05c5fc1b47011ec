package jp.mynaportal.card.api;

/** The card did not accept the administrator: its answer to the card's challenge was wrong. */
public class AdministratorRefusedException extends CardException {

    private static final long serialVersionUID = 1L;

    public AdministratorRefusedException(String message) {
        super(message);
    }
}
