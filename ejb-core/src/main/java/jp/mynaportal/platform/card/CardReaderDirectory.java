package jp.mynaportal.platform.card;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardReaders;
import jp.mynaportal.card.api.CardSession;

/**
 * The card readers of this node, from two connection factories of the card-reader adapter: the
 * virtual readers (one per card file) and the PC/SC readers (counter terminals). A factory that
 * has no readers here, e.g. PC/SC without pcscd, simply contributes none.
 */
@ApplicationScoped
public class CardReaderDirectory {

    /** JNDI name of the virtual-reader connection factory. */
    public static final String VIRTUAL = "java:app/mynaportal/CardReaders";
    /** JNDI name of the PC/SC connection factory. */
    public static final String PCSC = "java:app/mynaportal/PcscCardReaders";

    private static final Logger LOG = Logger.getLogger(CardReaderDirectory.class.getName());

    /** The readers of every factory, virtual ones first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String factory : List.of(VIRTUAL, PCSC)) {
            try {
                names.addAll(factory(factory).readerNames());
            } catch (RuntimeException e) {
                LOG.fine(() -> "No readers from " + factory + ": " + e.getMessage());
            }
        }
        return names;
    }

    /** A session on a named reader of whichever factory has it. */
    public CardSession open(String readerName) {
        CardReaders virtual = factory(VIRTUAL);
        if (virtual.readerNames().contains(readerName)) {
            return virtual.open(readerName);
        }
        return factory(PCSC).open(readerName);
    }

    private static CardReaders factory(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new CardException("The card-reader connection factory " + name + " is not defined", e);
        }
    }
}
