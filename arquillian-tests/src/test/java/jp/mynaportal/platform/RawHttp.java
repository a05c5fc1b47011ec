package jp.mynaportal.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte, for what HTTP clients refuse to send (a malformed address, a
 * declared length the body never reaches, a chosen client address on loopback), and the answer's
 * status line, headers and body as text.
 */
final class RawHttp {

    private final URL portal;
    private final int timeoutMillis;

    RawHttp(URL portal) {
        this.portal = portal;
        this.timeoutMillis = Integer.getInteger("mynaportal.test.http-timeout-seconds", 60) * 1000;
    }

    /** The answer to one request; {@code from} chooses the client's loopback address (null: any). */
    Answer send(String head, byte[] body, String from) throws IOException {
        try (Socket socket = from == null
                ? new Socket(portal.getHost(), portal.getPort())
                : new Socket(
                        InetAddress.getByName(portal.getHost()), portal.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; !complete(answer.toByteArray()) && (n = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server closed or stopped answering: what it sent so far is the answer
            }
            return new Answer(answer.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Whether an answer with a declared length has arrived whole: the server may keep the
     * connection open a while to discard a body it refused to read.
     */
    private static boolean complete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String length = new Answer(text).header("Content-Length");
        return length != null && received.length - (end + 4) >= Long.parseLong(length);
    }

    /** A request with the usual headers ({@code Host}, {@code Connection: close}) and these. */
    Answer send(String method, String target, String headers, byte[] body) throws IOException {
        return send(head(method, target, headers), body, null);
    }

    String head(String method, String target, String headers) {
        return method + " " + target + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                + "\r\nConnection: close\r\n" + headers + "\r\n";
    }

    /** An answer as text: its status, its headers and its body. */
    record Answer(String text) {

        int status() {
            String[] line = text.split("\r\n", 2)[0].split(" ");
            return line.length > 1 ? Integer.parseInt(line[1]) : -1;
        }

        String header(String name) {
            String head = text.split("\r\n\r\n", 2)[0];
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String body() {
            String[] parts = text.split("\r\n\r\n", 2);
            return parts.length > 1 ? parts[1] : "";
        }

        boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }
    }
}
