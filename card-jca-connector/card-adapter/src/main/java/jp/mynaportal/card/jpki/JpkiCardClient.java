package jp.mynaportal.card.jpki;

import static jp.mynaportal.card.jpki.Jpki.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.mynaportal.card.api.AdministratorRefusedException;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.CardAdministrator;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinRequiredException;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.card.transport.CardLink;

/**
 * Talks to a JPKI card over any {@link CardLink}: reads certificates, checks PINs, signs with the
 * authentication or the signing key, reads the basic facts, and resets a PIN for an administrator. It selects an applet only when
 * switching applets, because a card forgets its verified PINs when an applet is selected.
 */
public final class JpkiCardClient {

    private enum Applet {
        NONE,
        JPKI,
        BASIC_FACTS
    }

    private static final int CHUNK = 0xFF;
    private static final byte CHALLENGE_LENGTH = 8;
    private static final int CLA_CHAINING = 0x10;
    private static final int CHAIN_PART = 0x80;

    private final CardLink link;
    private Applet applet = Applet.NONE;

    public JpkiCardClient(CardLink link) {
        this.link = link;
    }

    /** Whether the card has the JPKI applet (the way to detect a My Number card; not the ATR). */
    public boolean isJpkiCard() {
        applet = Applet.NONE;
        if (statusWord(link.transmit(selectAid(JPKI_AID))) == SW_OK) {
            applet = Applet.JPKI;
            return true;
        }
        return false;
    }

    public X509Certificate readCertificate(CertificateKind kind) {
        int fid = switch (kind) {
            case AUTH -> EF_AUTH_CERT;
            case AUTH_CA -> EF_AUTH_CA_CERT;
            case SIGN -> EF_SIGN_CERT;
            case SIGN_CA -> EF_SIGN_CA_CERT;
        };
        enter(Applet.JPKI);
        selectFile(fid);
        byte[] der = readToLength(4, Jpki::derLength, PinKind.SIGN);
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new CardException("The card holds an unreadable " + kind + " certificate", e);
        }
    }

    /** Checks a PIN; the array is wiped before this method returns. */
    public PinResult verifyPin(PinKind kind, char[] pin) {
        byte[] ascii = null;
        try {
            if (!kind.hasFormat(pin)) {
                throw new IllegalArgumentException("The " + kind + " PIN does not have the required format");
            }
            selectPinFile(kind);
            ascii = new byte[pin.length];
            for (int i = 0; i < pin.length; i++) {
                ascii[i] = (byte) pin[i];
            }
            byte[] command = new byte[5 + ascii.length];
            command[1] = 0x20;
            command[3] = (byte) 0x80;
            command[4] = (byte) ascii.length;
            System.arraycopy(ascii, 0, command, 5, ascii.length);
            int sw;
            try {
                sw = statusWord(link.transmit(command));
            } finally {
                Arrays.fill(command, (byte) 0);
            }
            if (sw == SW_OK) {
                return PinResult.ok(kind.maxTries());
            }
            return pinAnswer(sw);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (ascii != null) {
                Arrays.fill(ascii, (byte) 0);
            }
        }
    }

    /**
     * Resets a PIN as a municipal counter does: GET CHALLENGE, EXTERNAL AUTHENTICATE with the
     * administrator's answer, then RESET RETRY COUNTER with the new PIN on the selected PIN file.
     * The new PIN array is wiped before this method returns.
     */
    public void resetPin(PinKind kind, char[] newPin, CardAdministrator administrator) {
        byte[] ascii = null;
        try {
            if (!kind.hasFormat(newPin)) {
                throw new IllegalArgumentException("The new " + kind + " PIN does not have the required format");
            }
            selectPinFile(kind);
            byte[] challenge = link.transmit(new byte[] {0x00, (byte) 0x84, 0x00, 0x00, CHALLENGE_LENGTH});
            require(statusWord(challenge), "GET CHALLENGE");
            byte[] answer = administrator.answer(responseData(challenge));
            int authenticated = externalAuthenticate(answer);
            if (authenticated == SW_AUTHENTICATION_FAILED) {
                throw new AdministratorRefusedException(
                        "The card in reader " + link.readerName() + " did not accept the administrator");
            }
            require(authenticated, "EXTERNAL AUTHENTICATE");
            ascii = new byte[newPin.length];
            for (int i = 0; i < newPin.length; i++) {
                ascii[i] = (byte) newPin[i];
            }
            byte[] reset = command(0x00, 0x2C, 0x02, 0x80, ascii);
            try {
                require(statusWord(link.transmit(reset)), "RESET RETRY COUNTER");
            } finally {
                Arrays.fill(reset, (byte) 0);
            }
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
            if (ascii != null) {
                Arrays.fill(ascii, (byte) 0);
            }
        }
    }

    /**
     * Resets the authentication PIN with the signing password instead of an administrator: VERIFY
     * of the signing PIN (its tries count), then RESET RETRY COUNTER with the new PIN on the
     * authentication PIN file, which the card allows once the signing PIN was verified. Both arrays
     * are wiped before this method returns.
     *
     * @return the signing password's answer; nothing was reset unless it is ok
     */
    public PinResult resetAuthPinWithSigningPassword(char[] signingPassword, char[] newAuthPin) {
        byte[] ascii = null;
        try {
            if (!PinKind.AUTH.hasFormat(newAuthPin)) {
                throw new IllegalArgumentException("The new AUTH PIN does not have the required format");
            }
            PinResult signing = verifyPin(PinKind.SIGN, signingPassword);
            if (!signing.isOk()) {
                return signing;
            }
            selectPinFile(PinKind.AUTH);
            ascii = new byte[newAuthPin.length];
            for (int i = 0; i < newAuthPin.length; i++) {
                ascii[i] = (byte) newAuthPin[i];
            }
            byte[] reset = command(0x00, 0x2C, 0x02, 0x80, ascii);
            try {
                int sw = statusWord(link.transmit(reset));
                if (sw == SW_SECURITY_STATUS) {
                    throw new AdministratorRefusedException(
                            "The card in reader " + link.readerName() + " does not reset with the signing password");
                }
                require(sw, "RESET RETRY COUNTER");
            } finally {
                Arrays.fill(reset, (byte) 0);
            }
            return signing;
        } finally {
            if (signingPassword != null) {
                Arrays.fill(signingPassword, '\0');
            }
            if (newAuthPin != null) {
                Arrays.fill(newAuthPin, '\0');
            }
            if (ascii != null) {
                Arrays.fill(ascii, (byte) 0);
            }
        }
    }

    /** The tries left, without spending one. */
    public PinResult pinStatus(PinKind kind) {
        selectPinFile(kind);
        int sw = statusWord(link.transmit(hex("00200080")));
        if (sw == SW_OK) {
            return PinResult.ok(kind.maxTries());
        }
        if ((sw & 0xFFF0) == SW_TRIES_LEFT_BASE && (sw & 0x0F) > 0) {
            return PinResult.ok(sw & 0x0F);
        }
        return pinAnswer(sw);
    }

    /** Signs a digest with a key on the card; its PIN must have been verified. */
    public byte[] sign(CardKey key, String digestAlgorithm, byte[] digest) {
        byte[] digestInfo = DigestInfos.of(digestAlgorithm, digest);
        enter(Applet.JPKI);
        selectFile(key == CardKey.AUTH ? EF_AUTH_KEY : EF_SIGN_KEY);
        byte[] command = new byte[6 + digestInfo.length];
        command[0] = (byte) 0x80;
        command[1] = 0x2A;
        command[3] = (byte) 0x80;
        command[4] = (byte) digestInfo.length;
        System.arraycopy(digestInfo, 0, command, 5, digestInfo.length);
        byte[] response = link.transmit(command);
        int sw = statusWord(response);
        if (sw == SW_SECURITY_STATUS) {
            throw new PinRequiredException(key.pin());
        }
        require(sw, "COMPUTE DIGITAL SIGNATURE");
        return responseData(response);
    }

    public BasicFacts readBasicFacts() {
        enter(Applet.BASIC_FACTS);
        selectFile(EF_BASIC_FACTS);
        return BasicFactsFile.decodeFacts(readToLength(5, BasicFactsFile::fileLength, PinKind.BASIC_FACTS));
    }

    public String readMyNumber() {
        enter(Applet.BASIC_FACTS);
        selectFile(EF_MY_NUMBER);
        return BasicFactsFile.decodeMyNumber(readToLength(5, BasicFactsFile::fileLength, PinKind.BASIC_FACTS));
    }

    private PinResult pinAnswer(int sw) {
        if (sw == SW_BLOCKED || sw == SW_TRIES_LEFT_BASE) {
            return PinResult.blocked();
        }
        if ((sw & 0xFFF0) == SW_TRIES_LEFT_BASE) {
            return PinResult.wrong(sw & 0x0F);
        }
        throw new CardException("The card answered VERIFY with status " + Integer.toHexString(sw));
    }

    private void selectPinFile(PinKind kind) {
        switch (kind) {
            case AUTH -> {
                enter(Applet.JPKI);
                selectFile(EF_AUTH_PIN);
            }
            case SIGN -> {
                enter(Applet.JPKI);
                selectFile(EF_SIGN_PIN);
            }
            case BASIC_FACTS -> {
                enter(Applet.BASIC_FACTS);
                selectFile(EF_BASIC_FACTS_PIN);
            }
        }
    }

    private void enter(Applet target) {
        if (applet == target) {
            return;
        }
        byte[] aid = target == Applet.JPKI ? JPKI_AID : BASIC_FACTS_AID;
        int sw = statusWord(link.transmit(selectAid(aid)));
        if (sw != SW_OK) {
            applet = Applet.NONE;
            throw new NoCardException("The card in reader " + link.readerName() + " is not a My Number card");
        }
        applet = target;
    }

    private void selectFile(int fid) {
        byte[] command = {0x00, (byte) 0xA4, 0x02, 0x0C, 0x02, (byte) (fid >> 8), (byte) fid};
        require(statusWord(link.transmit(command)), "SELECT FILE " + Integer.toHexString(fid));
    }

    private interface LengthFromHeader {
        int length(byte[] header);
    }

    private byte[] readToLength(int headerLength, LengthFromHeader lengthOf, PinKind guard) {
        byte[] first = readBinary(0, headerLength, guard);
        int length = lengthOf.length(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(first);
        while (out.size() < length) {
            out.writeBytes(readBinary(out.size(), Math.min(CHUNK, length - out.size()), guard));
        }
        return Arrays.copyOf(out.toByteArray(), length);
    }

    private byte[] readBinary(int offset, int length, PinKind guard) {
        byte[] response =
                link.transmit(new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8), (byte) offset, (byte) length});
        int sw = statusWord(response);
        if (sw == SW_SECURITY_STATUS) {
            throw new PinRequiredException(guard);
        }
        if (sw != SW_END_OF_FILE) {
            require(sw, "READ BINARY");
        }
        return responseData(response);
    }

    private static void require(int sw, String command) {
        if (sw != SW_OK) {
            throw new CardException("The card answered " + command + " with status " + Integer.toHexString(sw));
        }
    }

    /** EXTERNAL AUTHENTICATE; an RSA-2048 answer is longer than one short APDU, so it goes chained. */
    private int externalAuthenticate(byte[] answer) {
        int offset = 0;
        while (answer.length - offset > CHAIN_PART) {
            byte[] part = Arrays.copyOfRange(answer, offset, offset + CHAIN_PART);
            int sw = statusWord(link.transmit(command(CLA_CHAINING, 0x82, 0x00, 0x00, part)));
            if (sw != SW_OK) {
                return sw;
            }
            offset += CHAIN_PART;
        }
        return statusWord(
                link.transmit(command(0x00, 0x82, 0x00, 0x00, Arrays.copyOfRange(answer, offset, answer.length))));
    }

    private static byte[] command(int cla, int ins, int p1, int p2, byte[] data) {
        byte[] command = new byte[5 + data.length];
        command[0] = (byte) cla;
        command[1] = (byte) ins;
        command[2] = (byte) p1;
        command[3] = (byte) p2;
        command[4] = (byte) data.length;
        System.arraycopy(data, 0, command, 5, data.length);
        return command;
    }

    private static byte[] selectAid(byte[] aid) {
        byte[] command = new byte[5 + aid.length];
        command[1] = (byte) 0xA4;
        command[2] = 0x04;
        command[3] = 0x0C;
        command[4] = (byte) aid.length;
        System.arraycopy(aid, 0, command, 5, aid.length);
        return command;
    }
}
