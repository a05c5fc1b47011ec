package jp.mynaportal.platform.card;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.platform.PortalProfile;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The card readers of this node, from two connection factories of the card-reader adapter: the
 * virtual readers (one per card file) and the PC/SC readers (counter terminals). A factory that
 * has no readers here, e.g. PC/SC without pcscd, simply contributes none. Which transports this
 * node uses is {@code mynaportal.card.transports} ({@code virtual}, {@code pcsc}; default both in
 * the demo profile, {@code pcsc} only in production, where no virtual card belongs). Only the
 * terminals that the operator enabled ({@link ReaderTerminals}) see or use the readers.
 */
@ApplicationScoped
public class CardReaderDirectory {

    /** JNDI name of the virtual-reader connection factory. */
    public static final String VIRTUAL = "java:app/mynaportal/CardReaders";
    /** JNDI name of the PC/SC connection factory. */
    public static final String PCSC = "java:app/mynaportal/PcscCardReaders";

    private static final Logger LOG = Logger.getLogger(CardReaderDirectory.class.getName());

    /** The configuration key of the transports this node uses. */
    public static final String TRANSPORTS = "mynaportal.card.transports";

    /**
     * The configuration key of how long a login or signature waits for the card to be seen in the
     * reader (seconds, default 5): a reader reports a card some time after it is put on it.
     */
    public static final String CARD_WAIT = "mynaportal.card.wait-seconds";

    private static final int DEFAULT_CARD_WAIT_SECONDS = 5;

    private volatile ReaderTerminals terminals;
    private volatile List<String> factories;

    /** Whether a terminal (a client address) may use this node's readers. */
    public boolean enabledFor(String terminal) {
        ReaderTerminals current = terminals;
        if (current == null) {
            Config config = ConfigProvider.getConfig(CardReaderDirectory.class.getClassLoader());
            current = ReaderTerminals.from(
                    key -> config.getOptionalValue(key, String.class).orElse(null));
            terminals = current;
        }
        return current.allows(terminal);
    }

    /** How long to wait for a card that the resident has just put on the reader. */
    public Duration cardWait() {
        Config config = ConfigProvider.getConfig(CardReaderDirectory.class.getClassLoader());
        int seconds = config.getOptionalValue(CARD_WAIT, Integer.class).orElse(DEFAULT_CARD_WAIT_SECONDS);
        return Duration.ofSeconds(Math.max(0, seconds));
    }

    /** The readers of every factory, virtual ones first, for an enabled terminal; none for any other. */
    public List<String> names(String terminal) {
        return enabledFor(terminal) ? names() : List.of();
    }

    /**
     * A session on a named reader for a terminal.
     *
     * @throws ReaderNotEnabledException when the operator did not enable the readers for that terminal
     */
    public CardSession open(String readerName, String terminal) {
        if (!enabledFor(terminal)) {
            LOG.warning(() -> "Refused card reader use from a terminal that is not enabled: " + terminal);
            throw new ReaderNotEnabledException(terminal);
        }
        return open(readerName);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (String factory : factories()) {
            try {
                names.addAll(factory(factory).readerNames());
            } catch (RuntimeException e) {
                LOG.fine(() -> "No readers from " + factory + ": " + e.getMessage());
            }
        }
        return names;
    }

    /**
     * A session on a named reader of whichever factory has it, once a card is in it, without a
     * terminal check: only for callers that the container already restricted to counter staff.
     *
     * @throws NoCardException when no card arrives within {@link #cardWait()}
     */
    public CardSession open(String readerName) {
        List<String> used = factories();
        for (String name : used) {
            CardReaders factory = factory(name);
            if (name.equals(PCSC) || factory.readerNames().contains(readerName)) {
                return withCard(factory.open(readerName), readerName);
            }
        }
        throw new CardException("No card reader named " + readerName);
    }

    /** The session once the reader sees a card in it, within {@link #cardWait()}; closed otherwise. */
    private CardSession withCard(CardSession session, String readerName) {
        try {
            if (session.waitForCard(cardWait())) {
                return session;
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        session.close();
        throw new NoCardException("No card in reader " + readerName);
    }

    /** The JNDI names of the factories of the configured transports, virtual first. */
    private List<String> factories() {
        List<String> current = factories;
        if (current == null) {
            Config config = ConfigProvider.getConfig(CardReaderDirectory.class.getClassLoader());
            current = factoriesOf(
                    config.getOptionalValue(TRANSPORTS, String.class).orElse(null),
                    PortalProfile.fromConfig().demo());
            factories = current;
        }
        return current;
    }

    /** The factories a transports setting names (null: the profile's default). */
    static List<String> factoriesOf(String transports, boolean demo) {
        String value = transports == null ? (demo ? "virtual,pcsc" : "pcsc") : transports.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (String transport : value.split(",")) {
            switch (transport.trim()) {
                case "virtual" -> names.add(VIRTUAL);
                case "pcsc" -> names.add(PCSC);
                case "" -> {}
                default ->
                    throw new IllegalArgumentException(
                            TRANSPORTS + ": unknown transport '" + transport.trim() + "' (virtual or pcsc)");
            }
        }
        names.sort((a, b) -> a.equals(VIRTUAL) ? -1 : b.equals(VIRTUAL) ? 1 : 0);
        return List.copyOf(names);
    }

    private static CardReaders factory(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new CardException("The card-reader connection factory " + name + " is not defined", e);
        }
    }
}
