package jp.mynaportal.card.virtual;

import static jp.mynaportal.card.jpki.Jpki.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.card.api.PinKind;

/**
 * A JPKI card in software: answers the APDUs of the real card byte for byte (SELECT by AID and by
 * file id, READ BINARY, VERIFY, COMPUTE DIGITAL SIGNATURE; and a counter's PIN reset: GET CHALLENGE,
 * EXTERNAL AUTHENTICATE, RESET RETRY COUNTER), with its keys, certificates and retry
 * counters in a {@link CardFile}. One instance is one card session (selected applet, selected file,
 * verified PINs); several instances, in several processes, may share one card file.
 */
public final class VirtualJpkiCard {

    private enum Applet {
        NONE,
        JPKI,
        BASIC_FACTS
    }

    private enum Content {
        TOKEN,
        AUTH_CERT,
        AUTH_CA_CERT,
        SIGN_CERT,
        SIGN_CA_CERT,
        MY_NUMBER,
        BASIC_FACTS
    }

    /** What an elementary file is, and which PIN guards it (null when none). */
    private record Ef(Content content, PinKind pin, PinKind pinFile, PinKind key) {
        static Ef data(Content content, PinKind guard) {
            return new Ef(content, guard, null, null);
        }

        static Ef pinFile(PinKind kind) {
            return new Ef(null, null, kind, null);
        }

        static Ef keyFile(PinKind kind) {
            return new Ef(null, kind, null, kind);
        }
    }

    private static final Map<Integer, Ef> JPKI_FILES = Map.of(
            EF_TOKEN, Ef.data(Content.TOKEN, null),
            EF_AUTH_CERT, Ef.data(Content.AUTH_CERT, null),
            EF_AUTH_CA_CERT, Ef.data(Content.AUTH_CA_CERT, null),
            EF_AUTH_KEY, Ef.keyFile(PinKind.AUTH),
            EF_AUTH_PIN, Ef.pinFile(PinKind.AUTH),
            EF_SIGN_CERT, Ef.data(Content.SIGN_CERT, PinKind.SIGN),
            EF_SIGN_CA_CERT, Ef.data(Content.SIGN_CA_CERT, null),
            EF_SIGN_KEY, Ef.keyFile(PinKind.SIGN),
            EF_SIGN_PIN, Ef.pinFile(PinKind.SIGN));

    private static final Map<Integer, Ef> BASIC_FACTS_FILES = Map.of(
            EF_MY_NUMBER, Ef.data(Content.MY_NUMBER, PinKind.BASIC_FACTS),
            EF_BASIC_FACTS, Ef.data(Content.BASIC_FACTS, PinKind.BASIC_FACTS),
            EF_BASIC_FACTS_PIN, Ef.pinFile(PinKind.BASIC_FACTS));

    private static final int MAX_DIGEST_INFO = 256 - 11;
    private static final int CLA_CHAINING = 0x10;
    private static final int MIN_CHALLENGE = 8;
    private static final int MAX_CHALLENGE = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CardFile file;
    private Applet applet = Applet.NONE;
    private Ef current;
    private final Set<PinKind> verified = EnumSet.noneOf(PinKind.class);
    private byte[] challenge;
    private final ByteArrayOutputStream chained = new ByteArrayOutputStream();
    private boolean administrator;

    public VirtualJpkiCard(CardFile file) {
        this.file = file;
    }

    public CardFile file() {
        return file;
    }

    /** The answer to reset of a real JPKI card; clients detect the card by selecting its applet, not by this. */
    public byte[] atr() {
        return ATR.clone();
    }

    /** Power cycle: forgets the selected applet and every verified PIN. */
    public synchronized void reset() {
        applet = Applet.NONE;
        current = null;
        forgetSecurityState();
    }

    private void forgetSecurityState() {
        verified.clear();
        challenge = null;
        chained.reset();
        administrator = false;
    }

    /** Answers one command APDU with a response APDU (data and status word). */
    public synchronized byte[] transmit(byte[] command) {
        Command apdu = Command.parse(command);
        if (apdu == null) {
            return response(SW_WRONG_LENGTH);
        }
        int cla = apdu.cla();
        int ins = apdu.ins();
        if (ins == 0x2A) {
            return cla == 0x80 ? computeSignature(apdu) : response(SW_CLA_NOT_SUPPORTED);
        }
        if (ins == 0x82 && (cla == 0x00 || cla == CLA_CHAINING)) {
            return externalAuthenticate(apdu, cla == CLA_CHAINING);
        }
        if (cla != 0x00) {
            return response(SW_CLA_NOT_SUPPORTED);
        }
        return switch (ins) {
            case 0xA4 -> select(apdu);
            case 0xB0 -> readBinary(apdu);
            case 0x20 -> verify(apdu);
            case 0x84 -> getChallenge(apdu);
            case 0x2C -> resetRetryCounter(apdu);
            default -> response(SW_INS_NOT_SUPPORTED);
        };
    }

    private byte[] select(Command apdu) {
        if (apdu.p2() != 0x0C) {
            return response(SW_WRONG_P1P2);
        }
        if (apdu.p1() == 0x04) {
            Applet target = Arrays.equals(apdu.data(), JPKI_AID)
                    ? Applet.JPKI
                    : Arrays.equals(apdu.data(), BASIC_FACTS_AID) ? Applet.BASIC_FACTS : null;
            if (target == null) {
                return response(SW_FILE_NOT_FOUND);
            }
            applet = target;
            current = null;
            forgetSecurityState();
            return response(SW_OK);
        }
        if (apdu.p1() == 0x02) {
            if (apdu.data().length != 2) {
                return response(SW_WRONG_LENGTH);
            }
            int fid = ((apdu.data()[0] & 0xFF) << 8) | (apdu.data()[1] & 0xFF);
            Ef ef = files().get(fid);
            if (ef == null) {
                return response(SW_FILE_NOT_FOUND);
            }
            current = ef;
            return response(SW_OK);
        }
        return response(SW_WRONG_P1P2);
    }

    private Map<Integer, Ef> files() {
        return switch (applet) {
            case JPKI -> JPKI_FILES;
            case BASIC_FACTS -> BASIC_FACTS_FILES;
            case NONE -> Map.of();
        };
    }

    private byte[] readBinary(Command apdu) {
        if (current == null) {
            return response(SW_NO_CURRENT_EF);
        }
        if (current.content() == null) {
            return response(SW_INCOMPATIBLE_FILE);
        }
        if ((apdu.p1() & 0x80) != 0) {
            return response(SW_WRONG_P1P2);
        }
        if (!apdu.hasLe()) {
            return response(SW_WRONG_LENGTH);
        }
        if (current.pin() != null && !verified.contains(current.pin())) {
            return response(SW_SECURITY_STATUS);
        }
        byte[] content = content(current.content());
        int offset = (apdu.p1() << 8) | apdu.p2();
        if (offset >= content.length) {
            return response(SW_WRONG_OFFSET);
        }
        int count = Math.min(apdu.le(), content.length - offset);
        byte[] data = Arrays.copyOfRange(content, offset, offset + count);
        return response(data, count < apdu.le() ? SW_END_OF_FILE : SW_OK);
    }

    private byte[] content(Content content) {
        if (content == Content.TOKEN) {
            return TOKEN.clone();
        }
        CardState state = file.read();
        return switch (content) {
            case AUTH_CERT -> state.authCertificate();
            case AUTH_CA_CERT -> state.authCaCertificate();
            case SIGN_CERT -> state.signCertificate();
            case SIGN_CA_CERT -> state.signCaCertificate();
            case MY_NUMBER -> state.myNumberFile();
            case BASIC_FACTS -> state.basicFactsFile();
            case TOKEN -> throw new IllegalStateException("handled above");
        };
    }

    private byte[] verify(Command apdu) {
        if (apdu.p1() != 0x00 || apdu.p2() != 0x80) {
            return response(SW_WRONG_P1P2);
        }
        if (current == null || current.pinFile() == null) {
            return response(SW_NO_CURRENT_EF);
        }
        PinKind kind = current.pinFile();
        if (apdu.data().length == 0) {
            return response(SW_TRIES_LEFT_BASE | file.read().pin(kind).triesLeft());
        }
        char[] candidate = new String(apdu.data(), StandardCharsets.US_ASCII).toCharArray();
        try {
            int sw = file.update(state -> {
                PinRecord pin = state.pin(kind);
                if (pin.blocked()) {
                    return new CardFile.Change<>(state, SW_BLOCKED);
                }
                if (pin.matches(candidate)) {
                    CardState next = pin.triesLeft() == kind.maxTries()
                            ? state
                            : state.withPin(kind, pin.withTriesLeft(kind.maxTries()));
                    return new CardFile.Change<>(next, SW_OK);
                }
                int left = pin.triesLeft() - 1;
                return new CardFile.Change<>(state.withPin(kind, pin.withTriesLeft(left)), SW_TRIES_LEFT_BASE | left);
            });
            if (sw == SW_OK) {
                verified.add(kind);
            } else {
                verified.remove(kind);
            }
            return response(sw);
        } finally {
            Arrays.fill(candidate, '\0');
            Arrays.fill(apdu.data(), (byte) 0);
        }
    }

    private byte[] getChallenge(Command apdu) {
        if (apdu.p1() != 0x00 || apdu.p2() != 0x00) {
            return response(SW_WRONG_P1P2);
        }
        if (!apdu.hasLe() || apdu.le() < MIN_CHALLENGE || apdu.le() > MAX_CHALLENGE) {
            return response(SW_WRONG_LENGTH);
        }
        challenge = new byte[apdu.le()];
        RANDOM.nextBytes(challenge);
        administrator = false;
        return response(challenge.clone(), SW_OK);
    }

    /**
     * The administrator's answer to the last challenge: a SHA256withRSA signature that the
     * administrator public key in the card file verifies. A challenge answers once.
     */
    private byte[] externalAuthenticate(Command apdu, boolean more) {
        if (apdu.p1() != 0x00 || apdu.p2() != 0x00) {
            return response(SW_WRONG_P1P2);
        }
        if (challenge == null) {
            chained.reset();
            return response(SW_CONDITIONS_NOT_SATISFIED);
        }
        chained.writeBytes(apdu.data());
        if (more) {
            return response(SW_OK);
        }
        byte[] answer = chained.toByteArray();
        byte[] asked = challenge;
        chained.reset();
        challenge = null;
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(file.read().adminPublicKey()));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(asked);
            administrator = verifier.verify(answer);
        } catch (GeneralSecurityException e) {
            administrator = false;
        }
        return response(administrator ? SW_OK : SW_AUTHENTICATION_FAILED);
    }

    /**
     * RESET RETRY COUNTER with a new PIN (P1 02) on the selected PIN file, for an authenticated
     * administrator, or on the authentication PIN file after the signing PIN was verified.
     */
    private byte[] resetRetryCounter(Command apdu) {
        if (apdu.p1() != 0x02 || apdu.p2() != 0x80) {
            return response(SW_WRONG_P1P2);
        }
        if (current == null || current.pinFile() == null) {
            return response(SW_NO_CURRENT_EF);
        }
        PinKind kind = current.pinFile();
        // an administrator resets any PIN; the holder resets the authentication PIN after verifying
        // the signing PIN in this session (the self-service reset with the signing password)
        if (!administrator && !(kind == PinKind.AUTH && verified.contains(PinKind.SIGN))) {
            return response(SW_SECURITY_STATUS);
        }
        char[] newPin = new String(apdu.data(), StandardCharsets.US_ASCII).toCharArray();
        try {
            if (!kind.hasFormat(newPin)) {
                return response(SW_WRONG_DATA);
            }
            PinRecord record = PinRecord.of(newPin, kind.maxTries());
            file.update(state -> new CardFile.Change<>(state.withPin(kind, record), null));
            verified.remove(kind);
            return response(SW_OK);
        } finally {
            Arrays.fill(newPin, '\0');
            Arrays.fill(apdu.data(), (byte) 0);
        }
    }

    private byte[] computeSignature(Command apdu) {
        if (apdu.p1() != 0x00 || apdu.p2() != 0x80) {
            return response(SW_WRONG_P1P2);
        }
        if (applet != Applet.JPKI || current == null || current.key() == null) {
            return response(SW_NO_CURRENT_EF);
        }
        if (!verified.contains(current.key())) {
            return response(SW_SECURITY_STATUS);
        }
        byte[] digestInfo = apdu.data();
        if (digestInfo.length == 0 || digestInfo.length > MAX_DIGEST_INFO) {
            return response(SW_WRONG_LENGTH);
        }
        CardState state = file.read();
        byte[] keyBytes = current.key() == PinKind.AUTH ? state.authKey() : state.signKey();
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(keyBytes));
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(key);
            rsa.update(digestInfo);
            return response(rsa.sign(), SW_OK);
        } catch (GeneralSecurityException e) {
            return response(SW_WRONG_DATA);
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    /** A parsed short command APDU (ISO 7816-4 cases 1 to 4). */
    private record Command(int cla, int ins, int p1, int p2, byte[] data, int le, boolean hasLe) {

        static Command parse(byte[] apdu) {
            if (apdu == null || apdu.length < 4) {
                return null;
            }
            int cla = apdu[0] & 0xFF;
            int ins = apdu[1] & 0xFF;
            int p1 = apdu[2] & 0xFF;
            int p2 = apdu[3] & 0xFF;
            if (apdu.length == 4) {
                return new Command(cla, ins, p1, p2, new byte[0], 0, false);
            }
            int first = apdu[4] & 0xFF;
            if (apdu.length == 5) {
                return new Command(cla, ins, p1, p2, new byte[0], first == 0 ? 256 : first, true);
            }
            if (first == 0) {
                return null;
            }
            byte[] data = Arrays.copyOfRange(apdu, 5, Math.min(apdu.length, 5 + first));
            if (apdu.length == 5 + first) {
                return new Command(cla, ins, p1, p2, data, 0, false);
            }
            if (apdu.length == 6 + first) {
                int le = apdu[5 + first] & 0xFF;
                return new Command(cla, ins, p1, p2, data, le == 0 ? 256 : le, true);
            }
            return null;
        }
    }
}
