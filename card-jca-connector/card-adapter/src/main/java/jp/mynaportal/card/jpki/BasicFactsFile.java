package jp.mynaportal.card.jpki;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.Sex;

/**
 * The layout of the files of 券面事項入力補助AP. The basic-facts file is {@code FF 20 <len>}
 * wrapping {@code DF 21} (header), {@code DF 22} name, {@code DF 23} address, {@code DF 24}
 * birth date {@code YYYYMMDD} and {@code DF 25} sex code, all UTF-8; the My Number file is
 * {@code FF 10 <len>} wrapping {@code DF 10 0C} and the 12 ASCII digits.
 */
public final class BasicFactsFile {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final byte[] HEADER = {0x00, 0x01};

    private BasicFactsFile() {}

    public static byte[] encodeFacts(BasicFacts facts) {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        tlv(inner, 0xDF21, HEADER);
        tlv(inner, 0xDF22, facts.name().getBytes(StandardCharsets.UTF_8));
        tlv(inner, 0xDF23, facts.address().getBytes(StandardCharsets.UTF_8));
        tlv(inner, 0xDF24, facts.birthDate().format(BASIC_DATE).getBytes(StandardCharsets.US_ASCII));
        tlv(inner, 0xDF25, facts.sex().code().getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tlv(out, 0xFF20, inner.toByteArray());
        return out.toByteArray();
    }

    public static BasicFacts decodeFacts(byte[] file) {
        byte[] inner = value(file, 0, 0xFF20);
        return new BasicFacts(
                utf8(find(inner, 0xDF22)),
                utf8(find(inner, 0xDF23)),
                LocalDate.parse(utf8(find(inner, 0xDF24)), BASIC_DATE),
                Sex.ofCode(utf8(find(inner, 0xDF25))));
    }

    public static byte[] encodeMyNumber(String myNumber) {
        if (!myNumber.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("A My Number has 12 digits");
        }
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        tlv(inner, 0xDF10, myNumber.getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tlv(out, 0xFF10, inner.toByteArray());
        return out.toByteArray();
    }

    public static String decodeMyNumber(byte[] file) {
        return utf8(find(value(file, 0, 0xFF10), 0xDF10));
    }

    /** The total length of a file from its first bytes (two-byte tag, then BER length). */
    public static int fileLength(byte[] header) {
        int first = header[2] & 0xFF;
        if (first < 0x80) {
            return 3 + first;
        }
        int count = first & 0x7F;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (header[3 + i] & 0xFF);
        }
        return 3 + count + length;
    }

    private static void tlv(ByteArrayOutputStream out, int tag, byte[] value) {
        out.write(tag >> 8);
        out.write(tag);
        if (value.length < 0x80) {
            out.write(value.length);
        } else if (value.length < 0x100) {
            out.write(0x81);
            out.write(value.length);
        } else {
            out.write(0x82);
            out.write(value.length >> 8);
            out.write(value.length);
        }
        out.writeBytes(value);
    }

    private static byte[] find(byte[] data, int tag) {
        int pos = 0;
        while (pos < data.length) {
            int found = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
            int[] lengthAndStart = length(data, pos + 2);
            if (found == tag) {
                return Arrays.copyOfRange(data, lengthAndStart[1], lengthAndStart[1] + lengthAndStart[0]);
            }
            pos = lengthAndStart[1] + lengthAndStart[0];
        }
        throw new IllegalArgumentException("Tag " + Integer.toHexString(tag) + " not in the file");
    }

    private static byte[] value(byte[] data, int pos, int tag) {
        int found = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        if (found != tag) {
            throw new IllegalArgumentException("Expected tag " + Integer.toHexString(tag));
        }
        int[] lengthAndStart = length(data, pos + 2);
        return Arrays.copyOfRange(data, lengthAndStart[1], lengthAndStart[1] + lengthAndStart[0]);
    }

    private static int[] length(byte[] data, int pos) {
        int first = data[pos] & 0xFF;
        if (first < 0x80) {
            return new int[] {first, pos + 1};
        }
        int count = first & 0x7F;
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (data[pos + 1 + i] & 0xFF);
        }
        return new int[] {length, pos + 1 + count};
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
