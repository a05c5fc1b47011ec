package jp.mynaportal.card.api;

import java.time.Duration;

/** Every reader a caller could use stayed held by other sessions for the whole waiting time. */
public class AllReadersBusyException extends CardException {

    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public AllReadersBusyException(Duration waited) {
        super("All card readers are busy (waited " + waited.toMillis() + " ms)");
        this.waited = waited;
    }

    /** How long the caller waited before giving up. */
    public Duration waited() {
        return waited;
    }
}
