package jp.mynaportal.card.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.transport.CardTransport;
import jp.mynaportal.card.transport.PcscTransport;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/**
 * Makes managed connections for card readers (usually one per reader; a second one when the pool
 * does not match, which is safe because a caller holds its reader before it gets a connection). Configured per connection-factory definition:
 * which transport, where the virtual card files are, how long a caller waits for a busy reader.
 */
@ConnectionDefinition(
        connectionFactory = CardReaders.class,
        connectionFactoryImpl = CardReadersFactory.class,
        connection = CardSession.class,
        connectionImpl = CardSessionHandle.class)
public class CardReadersManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    /** Transport value for in-process virtual readers. */
    public static final String VIRTUAL = "virtual";
    /** Transport value for PC/SC readers. */
    public static final String PCSC = "pcsc";

    @ConfigProperty(
            defaultValue = VIRTUAL,
            description =
                    "Card transport: 'virtual' (in-process virtual readers, one per card file) or 'pcsc' (javax.smartcardio)")
    private String transport = VIRTUAL;

    @ConfigProperty(
            defaultValue = "",
            description =
                    "Folder of the virtual card files (*.card); empty (the default) means mynaportal.card.folder of the portal's configuration, else <mynaportal.data.dir>/cards")
    private String cardFolder = "";

    @ConfigProperty(
            defaultValue = "10000",
            description = "How long, in milliseconds, a caller waits for a free reader before 'all readers are busy'")
    private Long busyTimeoutMillis = 10_000L;

    @ConfigProperty(
            defaultValue = "",
            description =
                    "Path of the PC/SC library for the pcsc transport; empty (the default) means mynaportal.card.pcsc-library of the portal's configuration, else the library found on this machine")
    private String pcscLibrary = "";

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;
    private transient CardTransport givenTransport;
    private transient CardTransport cardTransport;
    private transient ReaderRegistry registry;
    private transient LocalConnectionManager localManager;

    /** For the container: configured through its properties. */
    public CardReadersManagedConnectionFactory() {}

    /** For use without a container, and for tests: a given transport. */
    public CardReadersManagedConnectionFactory(CardTransport transport, Duration busyTimeout) {
        this.givenTransport = Objects.requireNonNull(transport, "transport");
        this.cardTransport = transport;
        this.busyTimeoutMillis = busyTimeout.toMillis();
    }

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new CardReadersFactory(this, manager);
    }

    /**
     * Outside a container: a factory on this managed connection factory's one local pool (a new
     * pool per call would leave the readers of the earlier pools' idle connections unusable). Close
     * the factory to destroy the pool's connections.
     */
    @Override
    public Object createConnectionFactory() {
        return new LocalCardReadersFactory(this, localManager());
    }

    private synchronized LocalConnectionManager localManager() {
        if (localManager == null) {
            localManager = new LocalConnectionManager();
        }
        return localManager;
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        String reader = info instanceof ReaderRequest request
                ? request.readerName()
                : registry().unconnected(transport().readerNames());
        if (reader == null) {
            throw new ResourceException("Every card reader has a managed connection already");
        }
        CardReaderManagedConnection connection = new CardReaderManagedConnection(this, reader);
        registry().register(reader, connection);
        return connection;
    }

    /**
     * The candidate that serves the reader the caller reserved: made by this factory, not broken or
     * destroyed, and idle (no application handle on it). A request that names no reader matches
     * nothing, since only a reserved reader may be used.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        if (!(info instanceof ReaderRequest request) || candidates == null) {
            return null;
        }
        for (Object candidate : candidates) {
            if (candidate instanceof CardReaderManagedConnection connection
                    && connection.factory() == this
                    && connection.isUsable()
                    && connection.isIdle()
                    && request.readerName().equals(connection.readerName())) {
                return connection;
            }
        }
        return null;
    }

    synchronized CardTransport transport() {
        if (cardTransport == null) {
            cardTransport = switch (transport.toLowerCase(Locale.ROOT)) {
                case VIRTUAL -> new VirtualReaderTransport(cardFolderPath());
                case PCSC -> new PcscTransport(pcscLibraryPath());
                default -> throw new IllegalStateException("Unknown card transport '" + transport + "'");
            };
        }
        return cardTransport;
    }

    synchronized ReaderRegistry registry() {
        if (registry == null) {
            registry = new ReaderRegistry();
        }
        return registry;
    }

    Duration busyTimeout() {
        return Duration.ofMillis(busyTimeoutMillis == null ? 10_000L : busyTimeoutMillis);
    }

    private Path cardFolderPath() {
        return cardFolder == null || cardFolder.isBlank()
                ? CardSettings.cardFolder(CardSettings.portalConfig())
                : Path.of(cardFolder);
    }

    private String pcscLibraryPath() {
        return pcscLibrary == null || pcscLibrary.isBlank()
                ? CardSettings.pcscLibrary(CardSettings.portalConfig())
                : pcscLibrary;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }

    public String getCardFolder() {
        return cardFolder;
    }

    public void setCardFolder(String cardFolder) {
        this.cardFolder = cardFolder;
    }

    public Long getBusyTimeoutMillis() {
        return busyTimeoutMillis;
    }

    public void setBusyTimeoutMillis(Long busyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    public String getPcscLibrary() {
        return pcscLibrary;
    }

    public void setPcscLibrary(String pcscLibrary) {
        this.pcscLibrary = pcscLibrary;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof CardReadersManagedConnectionFactory that
                && givenTransport == that.givenTransport
                && Objects.equals(transport, that.transport)
                && Objects.equals(cardFolder, that.cardFolder)
                && Objects.equals(busyTimeoutMillis, that.busyTimeoutMillis)
                && Objects.equals(pcscLibrary, that.pcscLibrary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transport, cardFolder, busyTimeoutMillis, pcscLibrary);
    }
}
