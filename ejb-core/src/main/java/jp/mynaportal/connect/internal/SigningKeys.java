package jp.mynaportal.connect.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The portal's ID-token signing keys (RSA 2048, RS256), one private JWK per file {@code <kid>.jwk}
 * (the key id begins with its creation time in milliseconds, so the newest key sorts first)
 * in {@code mynaportal.connect.keys}, readable by the owner only. The newest key signs; after
 * {@code key-rotation-days} a new one is made, and a replaced key stays in the JWKS for {@code
 * key-retention-days} so that ID tokens signed just before the rotation still verify. An operator
 * who fears a key was exposed retires it at once ({@link #retire}): it leaves the JWKS and never
 * signs again (its file is renamed {@code <kid>.retired}). In a cluster every node reads the same
 * folder (shared, or copied after each rotation).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final String ACTIVE = ".jwk";
    private static final String RETIRED = ".retired";

    private final ConnectSettings settings = ConnectSettings.fromConfig();
    private final Clock clock = Clock.systemUTC();

    /** The key that signs now, made (or rotated) when needed. */
    public synchronized RSAKey current() {
        List<RSAKey> keys = load();
        Instant now = clock.instant();
        if (keys.isEmpty() || issued(keys.get(0)).plus(settings.keyRotation()).isBefore(now)) {
            return generate(now);
        }
        return keys.get(0);
    }

    /** The public keys a site verifies ID tokens with: the current one and those replaced lately. */
    public synchronized JWKSet published() {
        current();
        List<RSAKey> keys = load();
        Instant now = clock.instant();
        List<com.nimbusds.jose.jwk.JWK> published = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            // a key is published until its successor has been signing for the retention period
            if (i == 0 || issued(keys.get(i - 1)).plus(settings.keyRetention()).isAfter(now)) {
                published.add(keys.get(i).toPublicJWK());
            }
        }
        return new JWKSet(published);
    }

    /** A new signing key now; the one before stays published for the retention period. Its key id. */
    public synchronized String rotate() {
        return generate(clock.instant()).getKeyID();
    }

    /** Takes a key out of the JWKS and out of use at once (a new key signs if it was the current one). */
    public synchronized void retire(String kid) {
        Path file = settings.keysFolder().resolve(kid + ACTIVE);
        if (!kid.matches("[A-Za-z0-9_-]{1,64}") || !Files.exists(file)) {
            throw new IllegalArgumentException("No active signing key " + kid);
        }
        try {
            Files.move(file, settings.keysFolder().resolve(kid + RETIRED), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot retire signing key " + kid, e);
        }
        LOG.warning(() -> "ID-token signing key " + kid + " retired");
    }

    /** The active keys, newest first. */
    private List<RSAKey> load() {
        Path folder = settings.keysFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<RSAKey> keys = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(ACTIVE))
                    .toList()) {
                keys.add(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            keys.sort(Comparator.comparing(RSAKey::getKeyID).reversed());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys in " + folder, e);
        } catch (ParseException e) {
            throw new IllegalStateException("A signing key in " + folder + " is not an RSA JWK", e);
        }
    }

    private static Instant issued(RSAKey key) {
        return key.getIssueTime() == null ? Instant.EPOCH : key.getIssueTime().toInstant();
    }

    private RSAKey generate(Instant now) {
        Path folder = settings.keysFolder();
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(String.format(
                            "k%013d-%s",
                            now.toEpochMilli(), UUID.randomUUID().toString().substring(0, 8)))
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(now))
                    .generate();
            ownerOnlyFolder(folder);
            Path temporary = folder.resolve(key.getKeyID() + ".new");
            try {
                Files.createFile(
                        temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(key.getKeyID() + ACTIVE));
            LOG.info(() -> "New ID-token signing key " + key.getKeyID() + " in " + folder);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a signing key in " + folder, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    private static void ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
    }
}
