package jp.mynaportal.card.adapter;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/** Lifecycle of the card-reader adapter; outbound only. */
@Connector(
        displayName = "Mynaportal card readers",
        description = "Pools sessions with My Number card readers (virtual JPKI card or PC/SC).",
        vendorName = "Mynaportal",
        eisType = "JPKI card reader",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class CardReaderResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(CardReaderResourceAdapter.class.getName());

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        LOG.info("Card-reader resource adapter started");
    }

    @Override
    public void stop() {
        LOG.info("Card-reader resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) {
        throw new UnsupportedOperationException("The card-reader adapter is outbound only");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        // outbound only: nothing was activated
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public int hashCode() {
        return CardReaderResourceAdapter.class.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardReaderResourceAdapter;
    }
}
