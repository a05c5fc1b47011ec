package jp.mynaportal.card.adapter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mynaportal.card.transport.CardLink;
import jp.mynaportal.card.transport.CardTransport;
import jp.mynaportal.card.transport.VirtualReaderTransport;

/** Virtual readers whose card is pulled out after a set number of APDUs: a reader that fails. */
final class FailingReader implements CardTransport {

    private final VirtualReaderTransport readers;
    private final AtomicInteger apdusLeft;

    FailingReader(VirtualReaderTransport readers, int apdusBeforeRemoval) {
        this.readers = readers;
        this.apdusLeft = new AtomicInteger(apdusBeforeRemoval);
    }

    @Override
    public List<String> readerNames() {
        return readers.readerNames();
    }

    @Override
    public boolean waitForCard(String readerName, Duration timeout) {
        return readers.waitForCard(readerName, timeout);
    }

    @Override
    public CardLink connect(String readerName) {
        CardLink link = readers.connect(readerName);
        return new CardLink() {
            @Override
            public String readerName() {
                return readerName;
            }

            @Override
            public byte[] transmit(byte[] command) {
                if (apdusLeft.getAndDecrement() <= 0) {
                    readers.remove(readerName);
                }
                return link.transmit(command);
            }

            @Override
            public void close() {
                link.close();
            }
        };
    }

    @Override
    public void close() {
        readers.close();
    }
}
