package jp.mynaportal.card.transport;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynaportal.card.virtual.VirtualJpkiCard;

/**
 * Puts a virtual card into the PC/SC stack: connects to the socket of vsmartcard's {@code vpcd}
 * reader driver (by default {@code 127.0.0.1:35963}) and answers what it sends. Every message is
 * a 2-byte big-endian length and that many bytes; a 1-byte message is a control code (0 power off,
 * 1 power on, 2 reset, 4 get ATR, which is answered with the ATR); anything longer is an APDU,
 * answered with the card's response. While connected, {@code pcscd} sees a card in its reader
 * {@code Virtual PCD 00 00}; {@link #close()} pulls it out.
 */
public final class VpcdBridge implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 35963;

    private static final Logger LOG = Logger.getLogger(VpcdBridge.class.getName());

    private final VirtualJpkiCard card;
    private final Socket socket;
    private final Thread worker;

    private VpcdBridge(VirtualJpkiCard card, Socket socket) {
        this.card = card;
        this.socket = socket;
        this.worker = new Thread(this::serve, "vpcd-bridge-" + socket.getLocalPort());
        this.worker.setDaemon(true);
    }

    /**
     * Connects to vpcd, retrying until it listens or the timeout passes, and starts serving.
     *
     * @throws UncheckedIOException if vpcd cannot be reached in time
     */
    public static VpcdBridge connect(VirtualJpkiCard card, String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        do {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(host, port), 1000);
                socket.setTcpNoDelay(true);
                VpcdBridge bridge = new VpcdBridge(card, socket);
                bridge.worker.start();
                return bridge;
            } catch (IOException e) {
                last = e;
                closeQuietly(socket);
                sleep(200);
            }
        } while (System.nanoTime() < deadline);
        throw new UncheckedIOException("vpcd does not listen on " + host + ":" + port, last);
    }

    public boolean isServing() {
        return worker.isAlive();
    }

    private void serve() {
        try (DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            while (true) {
                int length = in.readUnsignedShort();
                byte[] message = in.readNBytes(length);
                if (message.length != length) {
                    throw new EOFException("vpcd closed the connection mid-message");
                }
                byte[] answer = answer(message);
                if (answer != null) {
                    out.writeShort(answer.length);
                    out.write(answer);
                    out.flush();
                }
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                LOG.log(Level.FINE, "vpcd connection ended", e);
            }
        }
    }

    private byte[] answer(byte[] message) {
        if (message.length == 1) {
            switch (message[0]) {
                case 0x00, 0x01, 0x02 -> card.reset();
                case 0x04 -> {
                    return card.atr();
                }
                default -> LOG.fine(() -> "Ignoring unknown vpcd control code " + message[0]);
            }
            return null;
        }
        return card.transmit(message);
    }

    @Override
    public void close() {
        closeQuietly(socket);
        try {
            worker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the vpcd socket failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
