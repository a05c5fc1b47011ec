package jp.mynaportal.card.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * The pool used outside a container (command-line tool, plain Java): keeps idle managed
 * connections, matches requests against them, returns a connection after {@code CONNECTION_CLOSED}
 * and destroys it after {@code CONNECTION_ERROR_OCCURRED} — what the container's pool does.
 */
public class LocalConnectionManager implements ConnectionManager, ConnectionEventListener {

    private static final long serialVersionUID = 1L;

    private transient Set<ManagedConnection> idle = new HashSet<>();
    private transient Set<ManagedConnection> inUse = new HashSet<>();

    /** A deserialised manager starts with an empty pool: connections hold live card sessions. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        idle = new HashSet<>();
        inUse = new HashSet<>();
    }

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        ManagedConnection connection;
        synchronized (this) {
            connection = factory.matchManagedConnections(new HashSet<>(idle), null, info);
            if (connection != null) {
                idle.remove(connection);
            }
        }
        if (connection == null) {
            connection = factory.createManagedConnection(null, info);
            connection.addConnectionEventListener(this);
        }
        synchronized (this) {
            inUse.add(connection);
        }
        return connection.getConnection(null, info);
    }

    @Override
    public void connectionClosed(ConnectionEvent event) {
        ManagedConnection connection = (ManagedConnection) event.getSource();
        try {
            // cleanup frees the reader; a caller waiting for it must find the connection idle
            synchronized (this) {
                connection.cleanup();
                inUse.remove(connection);
                idle.add(connection);
            }
        } catch (ResourceException e) {
            destroy(connection);
        }
    }

    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
        destroy((ManagedConnection) event.getSource());
    }

    /** Destroys every pooled connection. */
    public void shutdown() {
        Set<ManagedConnection> all;
        synchronized (this) {
            all = new HashSet<>(idle);
            all.addAll(inUse);
        }
        all.forEach(this::destroy);
    }

    private void destroy(ManagedConnection connection) {
        synchronized (this) {
            idle.remove(connection);
            inUse.remove(connection);
        }
        try {
            connection.destroy();
        } catch (ResourceException e) {
            throw new IllegalStateException("Cannot destroy a card-reader connection", e);
        }
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {
        throw new UnsupportedOperationException("Card sessions take no part in transactions");
    }

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {
        throw new UnsupportedOperationException("Card sessions take no part in transactions");
    }

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {
        throw new UnsupportedOperationException("Card sessions take no part in transactions");
    }
}
