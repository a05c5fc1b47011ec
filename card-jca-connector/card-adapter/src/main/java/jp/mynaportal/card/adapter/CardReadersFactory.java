package jp.mynaportal.card.adapter;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import java.util.List;
import javax.naming.Reference;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;

/**
 * The connection factory applications look up: it reserves a reader (waiting a bounded time when
 * all are busy) and asks the container's pool for that reader's session.
 */
public class CardReadersFactory implements CardReaders, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final CardReadersManagedConnectionFactory factory;
    /** Serializable, as every ConnectionManager is: a deserialised factory still allocates. */
    private final ConnectionManager manager;

    private Reference reference;

    CardReadersFactory(CardReadersManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    ConnectionManager manager() {
        return manager;
    }

    @Override
    public List<String> readerNames() {
        return factory.transport().readerNames();
    }

    @Override
    public CardSession open() {
        return openOn(readerNames());
    }

    @Override
    public CardSession open(String readerName) {
        if (!readerNames().contains(readerName)) {
            throw new CardException("No card reader named " + readerName);
        }
        return openOn(List.of(readerName));
    }

    private CardSession openOn(List<String> candidates) {
        if (candidates.isEmpty()) {
            throw new CardException("No card reader is attached");
        }
        String reader = factory.registry().reserve(candidates, factory.busyTimeout());
        try {
            return (CardSession) manager.allocateConnection(factory, new ReaderRequest(reader));
        } catch (ResourceException | RuntimeException e) {
            factory.registry().release(reader);
            if (e instanceof CardException cardException) {
                throw cardException;
            }
            throw new CardException("Cannot open a session on card reader " + reader, e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
