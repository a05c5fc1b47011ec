package jp.mynaportal.card.adapter;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardAdministrator;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.card.jpki.JpkiCardClient;

/** The application's handle on a card session; it delegates to its managed connection. */
public class CardSessionHandle implements CardSession {

    private final String reader;
    private volatile CardReaderManagedConnection connection;

    CardSessionHandle(CardReaderManagedConnection connection) {
        this.connection = connection;
        this.reader = connection.readerName();
    }

    /** The reader this handle was made for; it never changes. */
    String reader() {
        return reader;
    }

    /** Re-points this handle; answers the connection it pointed at before. */
    synchronized CardReaderManagedConnection associate(CardReaderManagedConnection target) {
        CardReaderManagedConnection previous = connection;
        connection = target;
        return previous;
    }

    /** The pool cleaned the connection up: this handle is dead. */
    void invalidate() {
        connection = null;
    }

    CardReaderManagedConnection connection() {
        return connection;
    }

    private CardReaderManagedConnection live() {
        CardReaderManagedConnection current = connection;
        if (current == null) {
            throw new CardException("The card session is closed");
        }
        return current;
    }

    private <T> T run(Function<JpkiCardClient, T> operation) {
        return live().run(operation);
    }

    @Override
    public String readerName() {
        live();
        return reader;
    }

    @Override
    public boolean waitForCard(Duration timeout) {
        return live().waitForCard(timeout);
    }

    @Override
    public X509Certificate readCertificate(CertificateKind kind) {
        return run(client -> client.readCertificate(kind));
    }

    @Override
    public PinResult verifyPin(PinKind kind, char[] pin) {
        try {
            return run(client -> client.verifyPin(kind, pin));
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    @Override
    public PinResult pinStatus(PinKind kind) {
        return run(client -> client.pinStatus(kind));
    }

    @Override
    public byte[] sign(CardKey key, String digestAlgorithm, byte[] digest) {
        return run(client -> client.sign(key, digestAlgorithm, digest));
    }

    @Override
    public void resetPin(PinKind kind, char[] newPin, CardAdministrator administrator) {
        try {
            run(client -> {
                client.resetPin(kind, newPin, administrator);
                return null;
            });
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
        }
    }

    @Override
    public PinResult resetAuthPinWithSigningPassword(char[] signingPassword, char[] newAuthPin) {
        try {
            return run(client -> client.resetAuthPinWithSigningPassword(signingPassword, newAuthPin));
        } finally {
            if (signingPassword != null) {
                Arrays.fill(signingPassword, '\0');
            }
            if (newAuthPin != null) {
                Arrays.fill(newAuthPin, '\0');
            }
        }
    }

    @Override
    public BasicFacts readBasicFacts() {
        return run(JpkiCardClient::readBasicFacts);
    }

    @Override
    public String readMyNumber() {
        return run(JpkiCardClient::readMyNumber);
    }

    @Override
    public void close() {
        CardReaderManagedConnection current;
        synchronized (this) {
            current = connection;
            connection = null;
        }
        if (current != null) {
            current.closed(this);
        }
    }
}
