package jp.mynaportal.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name a client gives in a {@code Content-Disposition} header: the RFC 5987 / RFC 6266
 * {@code filename*=UTF-8''…} form first (so that Japanese names arrive intact), else the plain
 * {@code filename="…"}. Header values are ISO-8859-1 on the wire, so only the encoded form carries
 * other characters.
 */
public final class ContentDispositionName {

    private static final Pattern EXTENDED =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([A-Za-z0-9!#$%&+^_`{}~-]+)'[^']*'([^;\\s]*)");
    private static final Pattern PLAIN =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^;\\s]+)");

    private ContentDispositionName() {}

    /** The file name of the header, or empty when it names none or names it malformed. */
    public static Optional<String> of(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            return decode(extended.group(1), extended.group(2));
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            String value = plain.group(1);
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
            }
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String charsetName, String encoded) {
        Charset charset;
        String name = charsetName.toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8")) {
            charset = StandardCharsets.UTF_8;
        } else if (name.equals("ISO-8859-1")) {
            charset = StandardCharsets.ISO_8859_1;
        } else {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            String value = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
