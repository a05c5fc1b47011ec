package jp.mynaportal.card.transport;

import java.time.Duration;
import java.util.List;

/**
 * A way to reach card readers: the in-process virtual readers or PC/SC. Implementations are
 * thread-safe; each {@link CardLink} they hand out belongs to one caller.
 */
public interface CardTransport extends AutoCloseable {

    /** The names of the readers, in a stable order; empty when there are none. */
    List<String> readerNames();

    /**
     * Waits until the reader holds a card.
     *
     * @return whether a card is present within the timeout
     * @throws jp.mynaportal.card.api.CardException if there is no such reader
     */
    boolean waitForCard(String readerName, Duration timeout);

    /**
     * Connects to the card in a reader (a fresh, reset card session).
     *
     * @throws jp.mynaportal.card.api.NoCardException if the reader is empty
     * @throws jp.mynaportal.card.api.CardException if there is no such reader
     */
    CardLink connect(String readerName);

    @Override
    void close();
}
