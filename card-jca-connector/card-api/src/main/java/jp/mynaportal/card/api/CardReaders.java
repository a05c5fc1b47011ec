package jp.mynaportal.card.api;

import java.util.List;

/**
 * Connection factory of the card-reader adapter, bound in JNDI by the application. Each session it
 * hands out holds one reader for itself until it is closed.
 */
public interface CardReaders {

    /** The names of the readers this node can reach, in a stable order. */
    List<String> readerNames();

    /**
     * A session on any reader that no other session holds.
     *
     * @throws AllReadersBusyException if every reader stays busy for the configured waiting time
     */
    CardSession open();

    /**
     * A session on the named reader.
     *
     * @throws AllReadersBusyException if that reader stays busy for the configured waiting time
     * @throws CardException if no reader has that name
     */
    CardSession open(String readerName);
}
