package jp.mynaportal.card.virtual;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import jp.mynaportal.card.api.PinKind;

/**
 * Everything a virtual JPKI card keeps: its certificates and keys (DER), its PINs with their retry
 * counters, the files of 券面事項入力補助AP, and the administrator key that may reset a PIN.
 *
 * @param cardId the card's identifier, also the name of its file
 * @param authCertificate 利用者証明用電子証明書 (DER)
 * @param authCaCertificate its CA certificate (DER)
 * @param authKey the authentication private key (PKCS#8 DER)
 * @param signCertificate 署名用電子証明書 (DER)
 * @param signCaCertificate its CA certificate (DER)
 * @param signKey the signing private key (PKCS#8 DER)
 * @param pins the three PINs
 * @param myNumberFile content of the My Number file of 券面事項入力補助AP
 * @param basicFactsFile content of the basic-facts file of 券面事項入力補助AP
 * @param adminPublicKey the administrator's public key (X.509 SubjectPublicKeyInfo DER)
 */
public record CardState(
        String cardId,
        byte[] authCertificate,
        byte[] authCaCertificate,
        byte[] authKey,
        byte[] signCertificate,
        byte[] signCaCertificate,
        byte[] signKey,
        Map<PinKind, PinRecord> pins,
        byte[] myNumberFile,
        byte[] basicFactsFile,
        byte[] adminPublicKey) {

    public CardState {
        Objects.requireNonNull(cardId, "cardId");
        if (!cardId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("A card id has 1 to 64 letters, digits, '-' or '_'");
        }
        authCertificate = authCertificate.clone();
        authCaCertificate = authCaCertificate.clone();
        authKey = authKey.clone();
        signCertificate = signCertificate.clone();
        signCaCertificate = signCaCertificate.clone();
        signKey = signKey.clone();
        myNumberFile = myNumberFile.clone();
        basicFactsFile = basicFactsFile.clone();
        adminPublicKey = adminPublicKey.clone();
        EnumMap<PinKind, PinRecord> copy = new EnumMap<>(PinKind.class);
        copy.putAll(pins);
        if (copy.size() != PinKind.values().length) {
            throw new IllegalArgumentException("A card has all three PINs");
        }
        pins = Map.copyOf(copy);
    }

    public PinRecord pin(PinKind kind) {
        return pins.get(kind);
    }

    /** The same card with one PIN record replaced. */
    public CardState withPin(PinKind kind, PinRecord record) {
        EnumMap<PinKind, PinRecord> changed = new EnumMap<>(pins);
        changed.put(kind, record);
        return new CardState(
                cardId,
                authCertificate,
                authCaCertificate,
                authKey,
                signCertificate,
                signCaCertificate,
                signKey,
                changed,
                myNumberFile,
                basicFactsFile,
                adminPublicKey);
    }

    @Override
    public byte[] authCertificate() {
        return authCertificate.clone();
    }

    @Override
    public byte[] authCaCertificate() {
        return authCaCertificate.clone();
    }

    @Override
    public byte[] authKey() {
        return authKey.clone();
    }

    @Override
    public byte[] signCertificate() {
        return signCertificate.clone();
    }

    @Override
    public byte[] signCaCertificate() {
        return signCaCertificate.clone();
    }

    @Override
    public byte[] signKey() {
        return signKey.clone();
    }

    @Override
    public byte[] myNumberFile() {
        return myNumberFile.clone();
    }

    @Override
    public byte[] basicFactsFile() {
        return basicFactsFile.clone();
    }

    @Override
    public byte[] adminPublicKey() {
        return adminPublicKey.clone();
    }

    @Override
    public String toString() {
        return "CardState[" + cardId + ", pins=" + pins + "]";
    }
}
