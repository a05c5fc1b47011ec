package jp.mynaportal.card.virtual;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.mynaportal.card.api.PinKind;

/**
 * The file that holds a virtual card's {@link CardState}. Every change runs under the exclusive
 * lock of {@link AtomicFiles} (threads and processes), reads the current state, and replaces the
 * file atomically; readers therefore always see a whole state, and no update is lost.
 */
public final class CardFile {

    /** The extension of card files. */
    public static final String EXTENSION = ".card";

    private static final String FORMAT = "mynaportal-virtual-jpki-card/1";

    private final Path path;

    public CardFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    /** Writes a new card file; fails if one exists at that path. */
    public static CardFile create(Path path, CardState state) {
        CardFile file = new CardFile(path);
        file.locked(() -> {
            if (Files.exists(file.path)) {
                throw new UncheckedIOException(new FileAlreadyExistsException(file.path.toString()));
            }
            file.write(state);
            return null;
        });
        return file;
    }

    public Path path() {
        return path;
    }

    /** Whether the file is still there (a virtual card can be pulled by deleting it). */
    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** The current state, as last written by anyone. */
    public CardState read() {
        try {
            return decode(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read card file " + path, e);
        }
    }

    /**
     * Reads the state, applies a change and writes the result, atomically with respect to every other
     * update of this file from this or another process.
     *
     * @param change computes the new state (or the same instance for no change) and a result
     */
    public <T> T update(Function<CardState, Change<T>> change) {
        return locked(() -> {
            CardState current = read();
            Change<T> result = change.apply(current);
            if (result.state() != current) {
                write(result.state());
            }
            return result.result();
        });
    }

    /**
     * The outcome of an update.
     *
     * @param state the new state; the current instance means "unchanged"
     * @param result what the update answers its caller
     */
    public record Change<T>(CardState state, T result) {}

    private <T> T locked(Supplier<T> action) {
        return AtomicFiles.locked(path, action);
    }

    private void write(CardState state) {
        AtomicFiles.write(path, encode(state).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(CardState state) {
        Map<String, String> fields = new TreeMap<>();
        fields.put("format", FORMAT);
        fields.put("id", state.cardId());
        fields.put("cert.auth", b64(state.authCertificate()));
        fields.put("cert.authCa", b64(state.authCaCertificate()));
        fields.put("cert.sign", b64(state.signCertificate()));
        fields.put("cert.signCa", b64(state.signCaCertificate()));
        fields.put("key.auth", b64(state.authKey()));
        fields.put("key.sign", b64(state.signKey()));
        fields.put("file.myNumber", b64(state.myNumberFile()));
        fields.put("file.basicFacts", b64(state.basicFactsFile()));
        fields.put("admin.publicKey", b64(state.adminPublicKey()));
        for (PinKind kind : PinKind.values()) {
            PinRecord pin = state.pin(kind);
            fields.put("pin." + kind + ".salt", b64(pin.salt()));
            fields.put("pin." + kind + ".hash", b64(pin.hash()));
            fields.put("pin." + kind + ".tries", Integer.toString(pin.triesLeft()));
        }
        StringBuilder out = new StringBuilder();
        fields.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
        return out.toString();
    }

    static CardState decode(String text) {
        Properties fields = new Properties();
        try {
            fields.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!FORMAT.equals(fields.getProperty("format"))) {
            throw new IllegalArgumentException("Not a virtual card file of format " + FORMAT);
        }
        EnumMap<PinKind, PinRecord> pins = new EnumMap<>(PinKind.class);
        for (PinKind kind : PinKind.values()) {
            pins.put(
                    kind,
                    new PinRecord(
                            bytes(fields, "pin." + kind + ".salt"),
                            bytes(fields, "pin." + kind + ".hash"),
                            Integer.parseInt(required(fields, "pin." + kind + ".tries"))));
        }
        return new CardState(
                required(fields, "id"),
                bytes(fields, "cert.auth"),
                bytes(fields, "cert.authCa"),
                bytes(fields, "key.auth"),
                bytes(fields, "cert.sign"),
                bytes(fields, "cert.signCa"),
                bytes(fields, "key.sign"),
                pins,
                bytes(fields, "file.myNumber"),
                bytes(fields, "file.basicFacts"),
                bytes(fields, "admin.publicKey"));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(Properties fields, String key) {
        return Base64.getDecoder().decode(required(fields, key));
    }

    private static String required(Properties fields, String key) {
        String value = fields.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("Card file lacks " + key);
        }
        return value;
    }

    @Override
    public String toString() {
        return "CardFile[" + path + "]";
    }
}
