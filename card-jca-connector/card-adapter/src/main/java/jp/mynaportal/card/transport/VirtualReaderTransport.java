package jp.mynaportal.card.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.mynaportal.card.api.CardRemovedException;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.ReaderRemovedException;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.card.virtual.VirtualJpkiCard;

/**
 * In-process card readers holding virtual JPKI cards. Built on a folder, it offers one reader per
 * card file ({@code Virtual JPKI reader <cardId>}), re-scanning the folder when asked for its
 * readers: a new file is a card put in, a deleted file a card pulled out. Readers can also be added
 * and cards inserted or removed by hand.
 */
public final class VirtualReaderTransport implements CardTransport {

    /** Prefix of the names of readers made for card files. */
    public static final String READER_PREFIX = "Virtual JPKI reader ";

    private final Path folder;
    private final Map<String, Slot> slots = new TreeMap<>();

    /** Readers for the card files in a folder (which need not exist yet). */
    public VirtualReaderTransport(Path folder) {
        this.folder = folder;
    }

    /** Readers added by hand only. */
    public VirtualReaderTransport() {
        this(null);
    }

    /** Adds an empty reader. */
    public synchronized void addReader(String readerName) {
        slots.putIfAbsent(readerName, new Slot());
    }

    /** Puts a card into a reader. */
    public synchronized void insert(String readerName, CardFile card) {
        slot(readerName).insert(card);
        notifyAll();
    }

    /** Pulls the card out of a reader; links to it fail from now on. */
    public synchronized void remove(String readerName) {
        slot(readerName).insert(null);
    }

    /** Unplugs a reader (with its card); links to it and waits for a card in it fail from now on. */
    public synchronized void removeReader(String readerName) {
        slot(readerName).insert(null);
        slots.remove(readerName);
        notifyAll();
    }

    @Override
    public synchronized List<String> readerNames() {
        rescan();
        return List.copyOf(slots.keySet());
    }

    @Override
    public synchronized boolean waitForCard(String readerName, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            rescan();
            if (slot(readerName).card != null) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, Math.min(200, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public synchronized CardLink connect(String readerName) {
        rescan();
        Slot slot = slot(readerName);
        if (slot.card == null) {
            throw new NoCardException("No card in reader " + readerName);
        }
        return new Link(readerName, slot, slot.insertion, new VirtualJpkiCard(slot.card));
    }

    @Override
    public void close() {
        synchronized (this) {
            slots.clear();
        }
    }

    private Slot slot(String readerName) {
        Slot slot = slots.get(readerName);
        if (slot == null) {
            throw new ReaderRemovedException("No card reader named " + readerName, null);
        }
        return slot;
    }

    private void rescan() {
        if (folder == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listing = Files.list(folder)) {
                listing.filter(p -> p.getFileName().toString().endsWith(CardFile.EXTENSION))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list card folder " + folder, e);
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String reader = READER_PREFIX + name.substring(0, name.length() - CardFile.EXTENSION.length());
            Slot slot = slots.computeIfAbsent(reader, r -> new Slot());
            if (slot.card == null) {
                slot.insert(new CardFile(file));
            }
        }
        for (Slot slot : slots.values()) {
            if (slot.card != null && !slot.card.exists()) {
                slot.insert(null);
            }
        }
    }

    /** A link straight to one virtual card outside any reader, e.g. for the issuing PKI's own commands. */
    public static CardLink link(String name, VirtualJpkiCard card) {
        return new CardLink() {
            @Override
            public String readerName() {
                return name;
            }

            @Override
            public byte[] transmit(byte[] command) {
                return card.transmit(command);
            }

            @Override
            public void close() {
                card.reset();
            }
        };
    }

    /** A reader: the card in it, and a count of insertions so that links notice a swapped card. */
    private static final class Slot {
        private CardFile card;
        private long insertion;

        void insert(CardFile newCard) {
            card = newCard;
            insertion++;
        }
    }

    private final class Link implements CardLink {
        private final String readerName;
        private final Slot slot;
        private final long insertion;
        private final VirtualJpkiCard card;

        Link(String readerName, Slot slot, long insertion, VirtualJpkiCard card) {
            this.readerName = readerName;
            this.slot = slot;
            this.insertion = insertion;
            this.card = card;
        }

        @Override
        public String readerName() {
            return readerName;
        }

        @Override
        public byte[] transmit(byte[] command) {
            synchronized (VirtualReaderTransport.this) {
                if (slots.get(readerName) != slot) {
                    throw new ReaderRemovedException("Card reader " + readerName + " went away", null);
                }
                if (slot.insertion != insertion || slot.card == null || !slot.card.exists()) {
                    throw new CardRemovedException("The card was removed from reader " + readerName, null);
                }
            }
            try {
                return card.transmit(command);
            } catch (UncheckedIOException e) {
                if (!card.file().exists()) {
                    throw new CardRemovedException("The card was removed from reader " + readerName, e);
                }
                throw e;
            }
        }

        @Override
        public void close() {
            card.reset();
        }
    }
}
