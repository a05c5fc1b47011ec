package jp.mynaportal.card.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ManagedConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinRequiredException;
import jp.mynaportal.card.api.ReaderRemovedException;
import jp.mynaportal.card.testsupport.TestCards;
import jp.mynaportal.card.transport.CardTransport;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.card.virtual.CardFile;
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
    void aPoolThatDoesNotMatchMayMakeASecondManagedConnectionForAReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        connect(factory, READER_A);

        ManagedConnection second = factory.createManagedConnection(null, new ReaderRequest(READER_A));

        assertThat(((CardReaderManagedConnection) second).readerName()).isEqualTo(READER_A);
        assertThat(factory.registry().connectionCount(READER_A)).isEqualTo(2);
    }

    @Test
    void cleaningUpAnIdleConnectionDoesNotFreeTheReaderAnotherConnectionHolds() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection idle = connect(factory, READER_A);
        CardReaderManagedConnection busy = connect(factory, READER_A);
        String reserved = factory.registry().reserve(List.of(READER_A), Duration.ofMillis(100));
        busy.getConnection(null, new ReaderRequest(reserved));

        idle.cleanup();
        idle.destroy();

        assertThat(factory.registry().isHeld(READER_A)).isTrue();
        busy.cleanup();
        assertThat(factory.registry().isHeld(READER_A)).isFalse();
    }

    @Test
    void aFreeConnectionHandedOutForAnotherReaderServesThatReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection connection = connect(factory, READER_A);

        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_B));

        assertThat(handle.readerName()).isEqualTo(READER_B);
        assertThat(handle.readCertificate(CertificateKind.AUTH)).isNotNull();
        assertThat(factory.registry().connectionCount(READER_A)).isZero();
    }

    @Test
    void aConnectionInUseIsNotHandedOutForAnotherReader() throws Exception {
        CardReaderManagedConnection connection = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        connection.getConnection(null, new ReaderRequest(READER_A));

        assertThatThrownBy(() -> connection.getConnection(null, new ReaderRequest(READER_B)))
                .isInstanceOf(ResourceException.class);
    }

    @Test
    void associateConnectionRefusesAHandleOfAnotherReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);
        CardReaderManagedConnection b = connect(factory, READER_B);
        CardSessionHandle handle = (CardSessionHandle) a.getConnection(null, new ReaderRequest(READER_A));

        assertThatThrownBy(() -> b.associateConnection(handle))
                .isInstanceOf(ResourceException.class)
                .hasMessageContaining("cannot move");

        assertThat(handle.connection()).isSameAs(a);
        assertThat(handle.readerName()).isEqualTo(READER_A);
    }

    @Test
    void closingAHandleReassociatedWithinItsReaderReportsToItsNewConnection() throws Exception {
        CardReaderManagedConnection a = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        CardReaderManagedConnection other = connect(factory(new VirtualReaderTransport(folder)), READER_A);
        CardSessionHandle handle = (CardSessionHandle) a.getConnection(null, new ReaderRequest(READER_A));
        other.associateConnection(handle);

        handle.close();

        assertThat(listener.events.get(0).getSource()).isSameAs(other);
        assertThat(a.isIdle()).isTrue();
    }

    @Test
    void connectionEventsAreSentWithoutHoldingTheConnectionsLock() throws Exception {
        CardReaderManagedConnection connection =
                connect(factory(new FailingReader(new VirtualReaderTransport(folder), 3)), READER_A);
        List<Boolean> locked = new CopyOnWriteArrayList<>();
        connection.addConnectionEventListener(new RecordingListener() {
            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
                locked.add(Thread.holdsLock(event.getSource()));
            }

            @Override
            public void connectionClosed(ConnectionEvent event) {
                locked.add(Thread.holdsLock(event.getSource()));
            }
        });
        CardSessionHandle first = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));
        first.close();
        CardSessionHandle second = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));
        assertThatThrownBy(() -> second.readCertificate(CertificateKind.AUTH)).isInstanceOf(CardRemovedException.class);

        assertThat(locked).containsExactly(false, false);
    }

    private VirtualReaderTransport oneReaderByHand() {
        VirtualReaderTransport readers = new VirtualReaderTransport();
        readers.addReader(READER_A);
        readers.insert(READER_A, new CardFile(folder.resolve("a" + CardFile.EXTENSION)));
        return readers;
    }

    @Test
    void aReaderThatGoesAwayMidSessionSendsConnectionErrorOccurred() throws Exception {
        VirtualReaderTransport readers = oneReaderByHand();
        CardReaderManagedConnection connection = connect(factory(readers), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));
        handle.readCertificate(CertificateKind.AUTH);

        readers.removeReader(READER_A);

        assertThatThrownBy(() -> handle.readCertificate(CertificateKind.AUTH))
                .isInstanceOf(ReaderRemovedException.class);
        assertThat(listener.ids()).containsExactly(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
        assertThat(connection.isUsable()).isFalse();
    }

    @Test
    void aReaderGoneBeforeTheFirstCommandSendsConnectionErrorOccurred() throws Exception {
        VirtualReaderTransport readers = oneReaderByHand();
        CardReaderManagedConnection connection = connect(factory(readers), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        readers.removeReader(READER_A);

        assertThatThrownBy(() -> handle.pinStatus(PinKind.AUTH)).isInstanceOf(ReaderRemovedException.class);
        assertThat(listener.ids()).containsExactly(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
    }

    @Test
    void aReaderGoneWhileWaitingForACardSendsConnectionErrorOccurred() throws Exception {
        VirtualReaderTransport readers = new VirtualReaderTransport();
        readers.addReader(READER_A);
        CardReaderManagedConnection connection = connect(factory(readers), READER_A);
        CardSessionHandle handle = (CardSessionHandle) connection.getConnection(null, new ReaderRequest(READER_A));

        readers.removeReader(READER_A);

        assertThatThrownBy(() -> handle.waitForCard(Duration.ofMillis(300))).isInstanceOf(ReaderRemovedException.class);
        assertThat(listener.ids()).containsExactly(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
    }

    @Test
    void matchingSkipsAConnectionInUse() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);
        a.getConnection(null, new ReaderRequest(READER_A));

        assertThat(factory.matchManagedConnections(Set.of(a), null, new ReaderRequest(READER_A)))
                .isNull();
    }

    @Test
    void matchingAnswersNothingForARequestThatNamesNoReader() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection a = connect(factory, READER_A);

        assertThat(factory.matchManagedConnections(Set.of(a), null, null)).isNull();
    }

    @Test
    void matchingSkipsAConnectionOfAnotherFactory() throws Exception {
        CardReadersManagedConnectionFactory factory = factory(new VirtualReaderTransport(folder));
        CardReaderManagedConnection foreign = connect(factory(new VirtualReaderTransport(folder)), READER_A);

        assertThat(factory.matchManagedConnections(Set.of(foreign), null, new ReaderRequest(READER_A)))
                .isNull();
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
