package jp.mynaportal.card.transport;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.smartcardio.Card;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.ReaderRemovedException;

/**
 * Real card readers through PC/SC ({@code javax.smartcardio}). On Linux the JDK needs the system
 * property {@code sun.security.smartcardio.library} to point at {@code libpcsclite.so.1} before
 * the first use; {@link #PcscTransport(String)} sets it when it is not set yet.
 */
public final class PcscTransport implements CardTransport {

    /** The system property through which the JDK finds the PC/SC library. */
    public static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";

    private final TerminalFactory factory;

    /**
     * @param library path of the PC/SC library, or blank for the JDK's default
     */
    public PcscTransport(String library) {
        if (library != null && !library.isBlank() && System.getProperty(LIBRARY_PROPERTY) == null) {
            System.setProperty(LIBRARY_PROPERTY, library);
        }
        this.factory = TerminalFactory.getDefault();
    }

    @Override
    public List<String> readerNames() {
        try {
            return factory.terminals().list().stream()
                    .map(CardTerminal::getName)
                    .toList();
        } catch (javax.smartcardio.CardException e) {
            if (noReaders(e)) {
                return List.of();
            }
            throw new CardException("Cannot list PC/SC readers", e);
        }
    }

    @Override
    public boolean waitForCard(String readerName, Duration timeout) {
        try {
            return terminal(readerName).waitForCardPresent(Math.max(1, timeout.toMillis()));
        } catch (javax.smartcardio.CardException e) {
            throw new CardException("Cannot wait for a card in reader " + readerName, e);
        }
    }

    /**
     * Waits until the reader is empty.
     *
     * @return whether the card left within the timeout
     */
    public boolean waitForCardAbsent(String readerName, Duration timeout) {
        try {
            return terminal(readerName).waitForCardAbsent(Math.max(1, timeout.toMillis()));
        } catch (javax.smartcardio.CardException e) {
            throw new CardException("Cannot wait for the card to leave reader " + readerName, e);
        }
    }

    @Override
    public CardLink connect(String readerName) {
        CardTerminal terminal = terminal(readerName);
        try {
            Card card = terminal.connect("*");
            return new Link(readerName, terminal, card);
        } catch (CardNotPresentException e) {
            throw new NoCardException("No card in reader " + readerName);
        } catch (javax.smartcardio.CardException e) {
            throw new CardException("Cannot connect to the card in reader " + readerName, e);
        }
    }

    @Override
    public void close() {
        // PC/SC contexts belong to the JDK's TerminalFactory and live as long as the JVM.
    }

    private CardTerminal terminal(String readerName) {
        CardTerminal terminal = factory.terminals().getTerminal(readerName);
        if (terminal == null) {
            throw new ReaderRemovedException("No card reader named " + readerName, null);
        }
        return terminal;
    }

    private static boolean noReaders(Exception e) {
        return String.valueOf(e.getMessage()).contains("SCARD_E_NO_READERS_AVAILABLE")
                || (e.getCause() != null
                        && String.valueOf(e.getCause().getMessage()).contains("SCARD_E_NO_READERS_AVAILABLE"));
    }

    private static final class Link implements CardLink {
        private final String readerName;
        private final CardTerminal terminal;
        private final Card card;

        Link(String readerName, CardTerminal terminal, Card card) {
            this.readerName = readerName;
            this.terminal = terminal;
            this.card = card;
        }

        @Override
        public String readerName() {
            return readerName;
        }

        @Override
        public byte[] transmit(byte[] command) {
            try {
                return card.getBasicChannel().transmit(new CommandAPDU(command)).getBytes();
            } catch (javax.smartcardio.CardException | IllegalStateException e) {
                if (removed(e)) {
                    throw new CardRemovedException("The card was removed from reader " + readerName, e);
                }
                throw new CardException("The card in reader " + readerName + " did not answer", e);
            }
        }

        private boolean removed(Exception e) {
            String text = (e.getMessage() + " "
                            + (e.getCause() == null ? "" : e.getCause().getMessage()))
                    .toUpperCase(Locale.ROOT);
            if (text.contains("REMOVED")
                    || text.contains("NO_SMARTCARD")
                    || text.contains("READER_UNAVAILABLE")
                    || text.contains("RESET")
                    || text.contains("DISCONNECTED")) {
                return true;
            }
            try {
                return !terminal.isCardPresent();
            } catch (javax.smartcardio.CardException unreachable) {
                return true;
            }
        }

        @Override
        public void close() {
            try {
                card.disconnect(true);
            } catch (javax.smartcardio.CardException | IllegalStateException e) {
                // the card is gone already; nothing is left to reset
                return;
            }
        }
    }
}
