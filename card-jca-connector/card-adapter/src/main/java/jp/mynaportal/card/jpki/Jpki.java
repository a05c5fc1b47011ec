package jp.mynaportal.card.jpki;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Facts of the JPKI card: application identifiers, file identifiers and status words. */
public final class Jpki {

    /** AID of the JPKI applet (公的個人認証AP). */
    public static final byte[] JPKI_AID = hex("D392F000260100000001");
    /** AID of 券面事項入力補助AP. */
    public static final byte[] BASIC_FACTS_AID = hex("D3921000310001010408");

    public static final int EF_TOKEN = 0x0006;
    public static final int EF_AUTH_CERT = 0x000A;
    public static final int EF_AUTH_CA_CERT = 0x000B;
    public static final int EF_AUTH_KEY = 0x0017;
    public static final int EF_AUTH_PIN = 0x0018;
    public static final int EF_SIGN_CERT = 0x0001;
    public static final int EF_SIGN_CA_CERT = 0x0002;
    public static final int EF_SIGN_KEY = 0x001A;
    public static final int EF_SIGN_PIN = 0x001B;

    /** 券面事項入力補助AP: the holder's My Number. */
    public static final int EF_MY_NUMBER = 0x0001;
    /** 券面事項入力補助AP: the four basic facts. */
    public static final int EF_BASIC_FACTS = 0x0002;
    /** 券面事項入力補助AP: its 4-digit PIN. */
    public static final int EF_BASIC_FACTS_PIN = 0x0011;

    /** Content of the token file, padded with spaces to 32 bytes. */
    public static final byte[] TOKEN = "JPKIAPICCTOKEN2                 ".getBytes(StandardCharsets.US_ASCII);

    public static final int SW_OK = 0x9000;
    public static final int SW_AUTHENTICATION_FAILED = 0x6300;
    public static final int SW_CONDITIONS_NOT_SATISFIED = 0x6985;
    public static final int SW_END_OF_FILE = 0x6282;
    public static final int SW_TRIES_LEFT_BASE = 0x63C0;
    public static final int SW_WRONG_LENGTH = 0x6700;
    public static final int SW_INCOMPATIBLE_FILE = 0x6981;
    public static final int SW_SECURITY_STATUS = 0x6982;
    public static final int SW_BLOCKED = 0x6983;
    public static final int SW_NO_CURRENT_EF = 0x6986;
    public static final int SW_WRONG_DATA = 0x6A80;
    public static final int SW_FILE_NOT_FOUND = 0x6A82;
    public static final int SW_WRONG_P1P2 = 0x6A86;
    public static final int SW_WRONG_OFFSET = 0x6B00;
    public static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    public static final int SW_CLA_NOT_SUPPORTED = 0x6E00;

    /**
     * The ATR of a real JPKI card (個人番号カード), as OpenSC's JPKI driver knows it, so that
     * middleware recognises the virtual card at once; this project detects cards by AID, not by ATR.
     */
    public static final byte[] ATR = hex("3BE000FF8131FE4514");

    private Jpki() {}

    /** Bytes of a hexadecimal string; spaces are ignored. */
    public static byte[] hex(String hex) {
        String digits = hex.replace(" ", "");
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** Upper-case hexadecimal of bytes. */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** The status word at the end of a response APDU. */
    public static int statusWord(byte[] response) {
        if (response.length < 2) {
            throw new IllegalArgumentException("A response APDU has at least 2 bytes");
        }
        return ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    /** The data of a response APDU, without its status word. */
    public static byte[] responseData(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    /** A response APDU made of data and a status word. */
    public static byte[] response(byte[] data, int statusWord) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (statusWord >> 8);
        out[data.length + 1] = (byte) statusWord;
        return out;
    }

    /** A response APDU with only a status word. */
    public static byte[] response(int statusWord) {
        return response(new byte[0], statusWord);
    }

    /**
     * The length of a DER element from its header (tag and length, at most 4 length bytes), as
     * clients compute a certificate's length from the first bytes of its file.
     */
    public static int derLength(byte[] header) {
        if (header.length < 2) {
            throw new IllegalArgumentException("A DER header has at least 2 bytes");
        }
        int first = header[1] & 0xFF;
        if (first < 0x80) {
            return 2 + first;
        }
        int count = first & 0x7F;
        if (count == 0 || count > 3 || header.length < 2 + count) {
            throw new IllegalArgumentException("Unsupported DER length of " + count + " bytes");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (header[2 + i] & 0xFF);
        }
        return 2 + count + length;
    }
}
