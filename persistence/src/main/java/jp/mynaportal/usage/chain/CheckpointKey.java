package jp.mynaportal.usage.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The portal's own Ed25519 key for signing checkpoints of the usage-log chain, kept in a folder of
 * the data folder: {@code checkpoint-key.p8} (readable by the owner only) and
 * {@code <key id>.pub}, where the key id is the SHA-256 of the public key. The public keys in that
 * folder are the ones a checkpoint may be signed with: in a cluster, copy every node's
 * {@code .pub} file into every node's folder.
 */
public final class CheckpointKey {

    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_FILE = "checkpoint-key.p8";

    private final PrivateKey privateKey;
    private final String keyId;

    private CheckpointKey(PrivateKey privateKey, String keyId) {
        this.privateKey = privateKey;
        this.keyId = keyId;
    }

    /** The key in {@code folder}, generated there on first use. */
    public static synchronized CheckpointKey openOrCreate(Path folder) {
        try {
            Path privateFile = folder.resolve(PRIVATE_FILE);
            if (!Files.exists(privateFile)) {
                generate(folder, privateFile);
            }
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(Files.readAllBytes(privateFile))));
            String keyId = null;
            for (Map.Entry<String, PublicKey> trusted : trustedKeys(folder).entrySet()) {
                if (verifies(trusted.getValue(), privateKey)) {
                    keyId = trusted.getKey();
                }
            }
            if (keyId == null) {
                throw new IllegalStateException("The public key of " + privateFile + " is missing from " + folder);
            }
            return new CheckpointKey(privateKey, keyId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the checkpoint key in " + folder, e);
        }
    }

    private static boolean verifies(PublicKey publicKey, PrivateKey privateKey) throws GeneralSecurityException {
        String probe = "checkpoint key probe";
        return verify(publicKey, probe, sign(privateKey, probe));
    }

    private static void generate(Path folder, Path privateFile) throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        byte[] publicKey = pair.getPublic().getEncoded();
        Files.write(
                folder.resolve(keyIdOf(publicKey) + ".pub"), Base64.getEncoder().encode(publicKey));
        Path temporary = folder.resolve(PRIVATE_FILE + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.write(temporary, Base64.getEncoder().encode(pair.getPrivate().getEncoded()));
        try {
            Files.move(temporary, privateFile);
        } catch (FileAlreadyExistsException anotherThreadWasFirst) {
            Files.delete(temporary);
        }
    }

    /** The public keys in {@code folder} by key id; none when the folder does not exist. */
    public static Map<String, PublicKey> trustedKeys(Path folder) {
        Map<String, PublicKey> keys = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(folder)) {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pub"))
                    .toList()) {
                byte[] encoded = Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .trim());
                keys.put(keyIdOf(encoded), factory.generatePublic(new X509EncodedKeySpec(encoded)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A checkpoint public key in " + folder + " is not an Ed25519 key", e);
        }
        return keys;
    }

    public String keyId() {
        return keyId;
    }

    /** The base64 signature of the checkpoint of entry {@code seq} with hash {@code entryHash}. */
    public String sign(long seq, String entryHash, Instant signedAt) {
        try {
            return sign(privateKey, payload(seq, entryHash, signedAt));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a usage-log checkpoint", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s signature of that checkpoint. */
    public static boolean verify(PublicKey key, long seq, String entryHash, Instant signedAt, String signature) {
        try {
            return verify(key, payload(seq, entryHash, signedAt), signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String payload(long seq, String entryHash, Instant signedAt) {
        return "mynaportal-usage-checkpoint-v1\n" + seq + "\n" + entryHash + "\n" + signedAt;
    }

    private static String sign(PrivateKey key, String payload) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(key);
        signer.update(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static boolean verify(PublicKey key, String payload, String signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(ALGORITHM);
        verifier.initVerify(key);
        verifier.update(payload.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    private static String keyIdOf(byte[] encodedPublicKey) {
        return EntryHash.sha256(Base64.getEncoder().encodeToString(encodedPublicKey));
    }
}
