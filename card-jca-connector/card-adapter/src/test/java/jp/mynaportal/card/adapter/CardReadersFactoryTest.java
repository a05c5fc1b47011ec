package jp.mynaportal.card.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.mynaportal.card.api.AdministratorRefusedException;
import jp.mynaportal.card.api.AllReadersBusyException;
import jp.mynaportal.card.api.CardAdministrator;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.card.testsupport.TestCards;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardReadersFactoryTest {

    private static final String READER = VirtualReaderTransport.READER_PREFIX + "hanako";

    @TempDir
    Path folder;

    private CardReadersManagedConnectionFactory factory;
    private CardReaders readers;

    @BeforeEach
    void oneReaderWithACard() {
        TestCards.shared().copyInto(folder, "hanako");
        factory = new CardReadersManagedConnectionFactory();
        factory.setCardFolder(folder.toString());
        factory.setBusyTimeoutMillis(300L);
        readers = (CardReaders) factory.createConnectionFactory();
    }

    @Test
    void aDeserialisedFactoryStillOpensSessions() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(readers);
        }
        CardReaders copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CardReaders) in.readObject();
        }
        try (CardSession session = copy.open(READER)) {
            assertThat(session.readCertificate(CertificateKind.AUTH)).isNotNull();
        }
    }

    @Test
    void aSecondLocalFactoryOfTheSameManagedConnectionFactoryOpensTheSameReader() {
        try (CardSession session = readers.open(READER)) {
            session.pinStatus(PinKind.AUTH);
        }
        CardReaders second = (CardReaders) factory.createConnectionFactory();
        try (CardSession session = second.open(READER)) {
            assertThat(session.pinStatus(PinKind.AUTH)).isEqualTo(PinResult.ok(3));
        }
    }

    @Test
    void closingALocalFactoryDestroysItsPooledConnections() {
        try (CardSession session = readers.open(READER)) {
            session.pinStatus(PinKind.AUTH);
        }
        assertThat(factory.registry().unconnected(List.of(READER))).isNull();

        ((LocalCardReadersFactory) readers).close();

        assertThat(factory.registry().unconnected(List.of(READER))).isEqualTo(READER);
    }

    @Test
    void theVirtualTransportOffersOneReaderPerCardFile() {
        assertThat(readers.readerNames()).containsExactly(READER);
    }

    @Test
    void aSessionReadsTheAuthCertificate() {
        try (CardSession session = readers.open()) {
            assertThat(session.readCertificate(CertificateKind.AUTH).getKeyUsage()[0])
                    .isTrue();
        }
    }

    @Test
    void aWrongPinReportsTheTriesLeft() {
        try (CardSession session = readers.open()) {
            assertThat(session.verifyPin(PinKind.AUTH, "0000".toCharArray())).isEqualTo(PinResult.wrong(2));
        }
    }

    @Test
    void theThirdWrongPinReportsABlockedCard() {
        try (CardSession session = readers.open()) {
            session.verifyPin(PinKind.AUTH, "0000".toCharArray());
            session.verifyPin(PinKind.AUTH, "0000".toCharArray());
            assertThat(session.verifyPin(PinKind.AUTH, "0000".toCharArray())).isEqualTo(PinResult.blocked());
        }
    }

    @Test
    void thePinArrayIsWipedAfterVerifying() {
        char[] pin = TestCards.AUTH_PIN.toCharArray();
        try (CardSession session = readers.open()) {
            session.verifyPin(PinKind.AUTH, pin);
        }
        assertThat(pin).containsOnly('\0');
    }

    @Test
    void aPinOfTheWrongFormatSpendsNoTry() {
        try (CardSession session = readers.open()) {
            assertThatThrownBy(() -> session.verifyPin(PinKind.AUTH, "12345".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("12345");
            assertThat(session.pinStatus(PinKind.AUTH)).isEqualTo(PinResult.ok(3));
        }
    }

    @Test
    void theStatusOfABlockedPinReadsAsBlocked() {
        try (CardSession session = readers.open()) {
            for (String wrong : new String[] {"9999", "9998", "9997"}) {
                session.verifyPin(PinKind.AUTH, wrong.toCharArray());
            }
            assertThat(session.pinStatus(PinKind.AUTH)).isEqualTo(PinResult.blocked());
        }
    }

    @Test
    void aCounterResetThroughTheSessionUnblocksThePinWithTheNewPin() {
        try (CardSession session = readers.open()) {
            for (String wrong : new String[] {"9999", "9998", "9997"}) {
                session.verifyPin(PinKind.AUTH, wrong.toCharArray());
            }
            session.resetPin(
                    PinKind.AUTH,
                    "4321".toCharArray(),
                    CardAdministrator.withKey(TestCards.shared().pki().adminKey()));
            assertThat(session.pinStatus(PinKind.AUTH)).isEqualTo(PinResult.ok(3));
            assertThat(session.verifyPin(PinKind.AUTH, "4321".toCharArray())).isEqualTo(PinResult.ok(3));
        }
    }

    @Test
    void aResetByAnAdministratorTheCardDoesNotKnowIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        CardAdministrator stranger =
                CardAdministrator.withKey(generator.generateKeyPair().getPrivate());
        try (CardSession session = readers.open()) {
            assertThatThrownBy(() -> session.resetPin(PinKind.AUTH, "4321".toCharArray(), stranger))
                    .isInstanceOf(AdministratorRefusedException.class);
            assertThat(session.verifyPin(PinKind.AUTH, TestCards.AUTH_PIN.toCharArray()))
                    .isEqualTo(PinResult.ok(3));
        }
    }

    @Test
    void theNewPinArrayIsWipedAfterAReset() {
        char[] newPin = "4321".toCharArray();
        try (CardSession session = readers.open()) {
            session.resetPin(
                    PinKind.AUTH,
                    newPin,
                    CardAdministrator.withKey(TestCards.shared().pki().adminKey()));
        }
        assertThat(newPin).containsOnly('\0');
    }

    @Test
    void theAuthKeySignsWhatTheAuthCertificateVerifies() throws Exception {
        byte[] challenge = "nonce".getBytes(StandardCharsets.UTF_8);
        try (CardSession session = readers.open()) {
            session.verifyPin(PinKind.AUTH, TestCards.AUTH_PIN.toCharArray());
            byte[] signature = session.sign(
                    CardKey.AUTH,
                    "SHA-256",
                    MessageDigest.getInstance("SHA-256").digest(challenge));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(session.readCertificate(CertificateKind.AUTH));
            verifier.update(challenge);
            assertThat(verifier.verify(signature)).isTrue();
        }
    }

    @Test
    void theBasicFactsReadAfterTheirPin() {
        try (CardSession session = readers.open()) {
            session.verifyPin(PinKind.BASIC_FACTS, TestCards.FACTS_PIN.toCharArray());
            assertThat(session.readBasicFacts()).isEqualTo(TestCards.FACTS);
        }
    }

    @Test
    void whenEveryReaderIsBusyACallerWaitsThenHearsAllReadersAreBusy() {
        try (CardSession held = readers.open()) {
            long start = System.nanoTime();
            assertThatThrownBy(readers::open)
                    .isInstanceOf(AllReadersBusyException.class)
                    .hasMessageContaining("All card readers are busy");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aWaitingCallerGetsTheReaderWhenItIsReleased() throws Exception {
        CardSession held = readers.open();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try (CardSession session = readers.open()) {
                return session.readerName();
            }
        });
        Thread.sleep(50);
        held.close();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(READER);
    }

    @Test
    void aSessionOnAPulledCardIsReplacedByAFreshOneWhenTheCardReturns() throws Exception {
        Path file = folder.resolve("hanako.card");
        Path away = folder.resolve("away");
        try (CardSession session = readers.open()) {
            session.readCertificate(CertificateKind.AUTH_CA);
            java.nio.file.Files.move(file, away);
            assertThatThrownBy(() -> session.readCertificate(CertificateKind.AUTH))
                    .isInstanceOf(CardRemovedException.class);
        }
        java.nio.file.Files.move(away, file);
        try (CardSession session = readers.open()) {
            assertThat(session.readCertificate(CertificateKind.AUTH)).isNotNull();
        }
    }
}
