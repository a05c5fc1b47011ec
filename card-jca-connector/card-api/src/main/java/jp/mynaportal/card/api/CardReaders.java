package jp.mynaportal.card.api;

import java.util.List;

/** Connection factory of the card-reader adapter, bound in JNDI by the application. */
public interface CardReaders {

    /** The names of the readers this node can reach, in a stable order. */
    List<String> readerNames();
}
