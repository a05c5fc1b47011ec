package jp.mynaportal.application.signature;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.mynaportal.card.adapter.CardReadersManagedConnectionFactory;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.Sex;
import jp.mynaportal.card.devpki.CardPins;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.devpki.Resident;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.pki.FileCrlSource;

/**
 * A development PKI in a temporary folder that issues virtual cards, and signing through a real
 * card session of such a card, as a citizen's reader would do it.
 */
final class SigningPki {

    static final String SIGN_PASSWORD = "ABC123";
    static final BasicFacts FACTS = new BasicFacts("試験 花子", "東京都千代田区千代田１－１", LocalDate.of(1985, 4, 1), Sex.FEMALE);

    final DevelopmentPki pki;
    private final Path root;
    private final CardReaders readers;

    SigningPki(Path root) {
        this.root = root;
        this.pki = DevelopmentPki.openOrCreate(root.resolve("pki"));
        this.readers = (CardReaders) new CardReadersManagedConnectionFactory(
                        new VirtualReaderTransport(root.resolve("cards")), Duration.ofSeconds(5))
                .createConnectionFactory();
    }

    /** Issues a card with {@link #FACTS} and returns its reader name. */
    String issueCard(String cardId) {
        pki.issue(
                new Resident(cardId, "123456789018", FACTS),
                new CardPins("1234".toCharArray(), SIGN_PASSWORD.toCharArray(), "5678".toCharArray()),
                root.resolve("cards"));
        return VirtualReaderTransport.READER_PREFIX + cardId;
    }

    /** A session on the card in a reader, no PIN verified. */
    CardSession open(String reader) {
        return readers.open(reader);
    }

    /** The signature of the card in a reader over an application, made with the signer's clock. */
    byte[] sign(String reader, CanonicalApplication application, Clock clock) {
        try (CardSession session = readers.open(reader)) {
            session.verifyPin(PinKind.SIGN, SIGN_PASSWORD.toCharArray());
            return new ApplicationSigner(clock).sign(application, session);
        }
    }

    /** A verifier trusting this PKI's signing CA, with CRLs published now. */
    SignatureVerifier verifier() {
        pki.publishCrls(root.resolve("pki"), Duration.ofDays(1));
        return new SignatureVerifier(
                List.of(pki.caCertificate(CardKey.SIGN)),
                new FileCrlSource(List.of(root.resolve("pki").resolve("sign-ca.crl")), Clock.systemUTC()));
    }
}
