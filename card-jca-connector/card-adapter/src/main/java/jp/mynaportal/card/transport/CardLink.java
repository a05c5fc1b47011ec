package jp.mynaportal.card.transport;

/** A connection to one card in one reader, exchanging APDUs. */
public interface CardLink extends AutoCloseable {

    String readerName();

    /**
     * Sends a command APDU and answers the response APDU (data and status word).
     *
     * @throws jp.mynaportal.card.api.CardRemovedException if the card or the reader went away
     */
    byte[] transmit(byte[] command);

    /** Ends the card session and resets the card, so that no verified PIN outlives the link. */
    @Override
    void close();
}
