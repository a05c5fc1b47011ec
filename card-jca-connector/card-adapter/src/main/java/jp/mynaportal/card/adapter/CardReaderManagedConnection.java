package jp.mynaportal.card.adapter;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.ReaderRemovedException;
import jp.mynaportal.card.jpki.JpkiCardClient;
import jp.mynaportal.card.transport.CardLink;

/**
 * The session with one card reader. Client handles ({@link CardSessionHandle}) delegate their work
 * here; closing a handle sends {@code CONNECTION_CLOSED}; a card pulled out or a reader gone during
 * an operation (or while waiting for a card) sends {@code CONNECTION_ERROR_OCCURRED}, after which
 * the pool destroys this connection. The connection holds its reader from the moment it hands out
 * a handle (the caller reserved the reader just before) until cleanup; only then does cleanup give
 * the reader back, so that cleaning up an idle connection never frees a reader another holds. Events go out without this connection's lock held, so that a
 * pool that calls back into the connection cannot deadlock. Cleanup ends the card session (the card forgets verified PINs) and frees the reader.
 */
public class CardReaderManagedConnection implements ManagedConnection {

    private static final Logger LOG = Logger.getLogger(CardReaderManagedConnection.class.getName());

    private final CardReadersManagedConnectionFactory factory;
    private volatile String readerName;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<CardSessionHandle> handles = new CopyOnWriteArraySet<>();
    private PrintWriter logWriter;
    private CardLink link;
    private JpkiCardClient client;
    private volatile boolean broken;
    private boolean holdsReader;
    private volatile boolean destroyed;

    CardReaderManagedConnection(CardReadersManagedConnectionFactory factory, String readerName) {
        this.factory = factory;
        this.readerName = readerName;
    }

    public String readerName() {
        return readerName;
    }

    CardReadersManagedConnectionFactory factory() {
        return factory;
    }

    /** Whether the pool may hand this connection out again. */
    boolean isUsable() {
        return !broken && !destroyed;
    }

    /** Whether no application handle uses this connection. */
    boolean isIdle() {
        return handles.isEmpty();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (!isUsable()) {
            throw new jakarta.resource.spi.IllegalStateException("The session with reader " + readerName + " is gone");
        }
        if (info instanceof ReaderRequest request && !request.readerName().equals(readerName)) {
            retarget(request.readerName());
        }
        CardSessionHandle handle = new CardSessionHandle(this);
        handles.add(handle);
        synchronized (this) {
            holdsReader = true;
        }
        return handle;
    }

    /**
     * A pool that does not match hands out any free connection: an idle one, with no card session
     * open, then serves the reader the caller reserved instead.
     */
    private synchronized void retarget(String reader) throws ResourceException {
        if (!handles.isEmpty() || link != null) {
            throw new ResourceException("This connection serves reader " + readerName + ", not " + reader);
        }
        factory.registry().unregister(readerName, this);
        readerName = reader;
        factory.registry().register(reader, this);
    }

    /**
     * Takes over a handle of another managed connection of the same reader. A handle never moves to
     * another reader: its caller reserved, verified a PIN on and holds one particular card.
     */
    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof CardSessionHandle handle)) {
            throw new ResourceException("Not a card session handle: " + connection);
        }
        if (!handle.reader().equals(readerName)) {
            throw new ResourceException(
                    "A session with reader " + handle.reader() + " cannot move to reader " + readerName);
        }
        CardReaderManagedConnection previous = handle.associate(this);
        if (previous != null) {
            previous.handles.remove(handle);
        }
        handles.add(handle);
    }

    /** Called by a handle's close: the application is done with it. */
    void closed(CardSessionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            listener.connectionClosed(event);
        }
    }

    /**
     * Runs an operation on the card; a lost card or reader marks this connection broken and tells
     * the listeners (outside this connection's lock) before the exception reaches the caller.
     */
    <T> T run(Function<JpkiCardClient, T> operation) {
        CardRemovedException lost;
        synchronized (this) {
            if (!isUsable()) {
                throw new CardRemovedException("The session with reader " + readerName + " is gone", null);
            }
            try {
                return operation.apply(client());
            } catch (CardRemovedException e) {
                lost = e;
                broken = true;
                disconnect();
            }
        }
        fail(lost);
        throw lost;
    }

    /** Waits for a card with the JPKI applet; a reader that goes away fails this connection. */
    boolean waitForCard(Duration timeout) {
        try {
            return awaitCard(timeout);
        } catch (ReaderRemovedException e) {
            broken = true;
            disconnect();
            fail(e);
            throw e;
        }
    }

    private boolean awaitCard(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || !factory.transport().waitForCard(readerName, left)) {
                return false;
            }
            try {
                synchronized (this) {
                    if (client().isJpkiCard()) {
                        return true;
                    }
                }
            } catch (ReaderRemovedException e) {
                throw e;
            } catch (NoCardException | CardRemovedException e) {
                disconnect();
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
        }
    }

    private JpkiCardClient client() {
        if (client == null) {
            link = factory.transport().connect(readerName);
            client = new JpkiCardClient(link);
        }
        return client;
    }

    /** Tells the listeners that this connection is unusable; called without holding its lock. */
    private void fail(CardException cause) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        for (CardSessionHandle handle : handles) {
            event.setConnectionHandle(handle);
        }
        for (ConnectionEventListener listener : listeners) {
            listener.connectionErrorOccurred(event);
        }
    }

    private synchronized void disconnect() {
        CardLink current = link;
        link = null;
        client = null;
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Ending the card session failed", e);
            }
        }
    }

    @Override
    public void cleanup() {
        for (CardSessionHandle handle : handles) {
            handle.invalidate();
        }
        handles.clear();
        disconnect();
        boolean release;
        synchronized (this) {
            release = holdsReader;
            holdsReader = false;
        }
        if (release) {
            factory.registry().release(readerName);
        }
    }

    @Override
    public void destroy() {
        destroyed = true;
        cleanup();
        factory.registry().unregister(readerName, this);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("Card sessions take no part in transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("Card sessions take no part in transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "JPKI card reader";
            }

            @Override
            public String getEISProductVersion() {
                return readerName;
            }

            @Override
            public int getMaxConnections() {
                return 1;
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
