package jp.mynaportal.card.adapter;

import jakarta.resource.spi.ConnectionRequestInfo;
import java.util.Objects;

/**
 * Asks the pool for a session on one reader; the connection factory reserves the reader before it
 * asks, so a managed connection for that reader is free when this request arrives.
 *
 * @param readerName the reader to use
 */
public record ReaderRequest(String readerName) implements ConnectionRequestInfo {

    public ReaderRequest {
        Objects.requireNonNull(readerName, "readerName");
    }
}
