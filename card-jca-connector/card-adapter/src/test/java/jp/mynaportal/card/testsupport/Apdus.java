package jp.mynaportal.card.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import jp.mynaportal.card.jpki.Jpki;

/** Command APDUs written out as the card specification gives them, for tests. */
public final class Apdus {

    private Apdus() {}

    public static byte[] selectAid(byte[] aid) {
        return concat(Jpki.hex("00A4040C"), new byte[] {(byte) aid.length}, aid);
    }

    public static byte[] selectEf(int fid) {
        return concat(Jpki.hex("00A4020C02"), new byte[] {(byte) (fid >> 8), (byte) fid});
    }

    public static byte[] readBinary(int offset, int le) {
        return new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8), (byte) offset, (byte) le};
    }

    public static byte[] verify(String pin) {
        byte[] ascii = pin.getBytes(StandardCharsets.US_ASCII);
        return concat(Jpki.hex("00200080"), new byte[] {(byte) ascii.length}, ascii);
    }

    public static byte[] verifyStatus() {
        return Jpki.hex("00200080");
    }

    public static byte[] computeSignature(byte[] digestInfo) {
        return concat(Jpki.hex("802A0080"), new byte[] {(byte) digestInfo.length}, digestInfo, new byte[] {0x00});
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
