package jp.mynaportal.card.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ManagedConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinRequiredException;
import jp.mynaportal.card.testsupport.TestCards;
import jp.mynaportal.card.transport.CardTransport;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardReaderManagedConnectionTest {

    private static final String READER_A = VirtualReaderTransport.READER_PREFIX + "a";
    private static final String READER_B = VirtualReaderTransport.READER_PREFIX + "b";

    @TempDir
    Path folder;

    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void insertCards() {
        TestCards.shared().copyInto(folder, "a");
        TestCards.shared().copyInto(folder, "b");
    }

    private CardReadersManagedConnectionFactory factory(CardTransport transport) {
        return new CardReadersManagedConnectionFactory(transport, Duration.ofMillis(200));
    }

    private CardReaderManagedConnection connect(CardReadersManagedConnectionFactory factory, String reader)
            throws ResourceException {
        CardReaderManagedConnection connection =
                (CardReaderManagedConnection) factory.createManagedConnection(null, new ReaderRequest(reader));
        connection.addConnectionEventListener(listener);
        return connection;
    }

    @Test
    void closingAHandleSendsConnectionClosedWithThatHandle() throws Exception {
        CardReaderManagedConnection connection = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        handle.close();

        assertThat(listener.ids()).containsExactly(ConnectionEvent.CONNECTION_CLOSED);
        assertThat(listener.events.get(0).getConnectionHandle()).isSameAs(handle);
    }

    @Test
    void aCardPulledOutMidOperationSendsConnectionErrorOccurred() throws Exception {
        CardReaderManagedConnection connection =
                connect(factory(new FailingReader(new VirtualReaderTransport(folder), 3)), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        assertThatThrownBy(() -> handle.readCertificate(CertificateKind.AUTH)).isInstanceOf(CardRemovedException.class);

        assertThat(listener.ids()).containsExactly(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
        assertThat(listener.events.get(0).getException()).isInstanceOf(CardRemovedException.class);
    }

    @Test
    void aBrokenConnectionIsNotMatchedAgain() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new FailingReader(new VirtualReaderTransport(folder), 1));
        CardReaderManagedConnection connection = connect(factory, READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));
        assertThatThrownBy(() -> handle.readCertificate(CertificateKind.AUTH)).isInstanceOf(CardRemovedException.class);

        assertThat(factory.matchManagedConnections(Set.of(connection), null, new ReaderRequest(READER_A)))
                .isNull();
    }

    @Test
    void matchingPicksTheConnectionOfTheRequestedReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);
        CardReaderManagedConnection b = connect(factory, READER_B);

        ManagedConnection match = factory.matchManagedConnections(Set.of(a, b), null, new ReaderRequest(READER_B));

        assertThat(match).isSameAs(b);
    }

    @Test
    void matchingAnswersNothingForAReaderWithoutConnection() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);

        assertThat(factory.matchManagedConnections(Set.of(a), null, new ReaderRequest(READER_B)))
                .isNull();
    }

    @Test
    void aReaderGetsNoSecondManagedConnection() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        connect(factory, READER_A);

        assertThatThrownBy(() -> factory.createManagedConnection(null, new ReaderRequest(READER_A)))
                .isInstanceOf(ResourceException.class)
                .hasMessageContaining("has a managed connection already");
    }

    @Test
    void associateConnectionRepointsAHandleToAnotherReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);
        CardReaderManagedConnection b = connect(factory, READER_B);
        CardSessionHandle handle = (CardSessionHandle) a.getConnection(null, new ReaderRequest(READER_A));

        b.associateConnection(handle);

        assertThat(handle.readerName()).isEqualTo(READER_B);
    }

    @Test
    void closingAReassociatedHandleReportsToItsNewConnection() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);
        CardReaderManagedConnection b = connect(factory, READER_B);
        CardSessionHandle handle = (CardSessionHandle) a.getConnection(null, new ReaderRequest(READER_A));
        b.associateConnection(handle);

        handle.close();

        assertThat(listener.events.get(0).getSource()).isSameAs(b);
    }

    @Test
    void cleanupMakesTheCardForgetAVerifiedPin() throws Exception {
        CardReaderManagedConnection connection = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        CardSessionHandle first = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));
        first.verifyPin(PinKind.AUTH, TestCards.AUTH_PIN.toCharArray());
        first.close();
        connection.cleanup();

        CardSessionHandle second = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        assertThatThrownBy(() -> second.sign(CardKey.AUTH, "SHA-256", new byte[32]))
                .isInstanceOf(PinRequiredException.class);
    }

    @Test
    void aHandleIsDeadAfterCleanup() throws Exception {
        CardReaderManagedConnection connection = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        connection.cleanup();

        assertThatThrownBy(() -> handle.readCertificate(CertificateKind.AUTH)).hasMessage("The card session is closed");
    }
}
