package jp.mynaportal.platform.card;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import jp.mynaportal.platform.PortalProfile;

/**
 * The terminals that may use the card readers attached to this node, from
 * {@code mynaportal.auth.reader-terminals}: comma-separated IP addresses or CIDR blocks of the
 * counter terminals and kiosks (e.g. {@code 10.1.2.0/24, 10.1.3.17}). Without the key, production
 * allows no terminal (residents log in with the token path) and the demo allows this machine only
 * ({@code 127.0.0.0/8}, {@code ::1}). Entries are address literals: nothing is looked up by name.
 */
public final class ReaderTerminals {

    /** The configuration key. */
    public static final String KEY = "mynaportal.auth.reader-terminals";

    private static final String DEMO_DEFAULT = "127.0.0.0/8,::1/128";
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Block> blocks;

    private ReaderTerminals(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The terminals of the configuration read through {@code lookup} (null for an unset key). */
    public static ReaderTerminals from(UnaryOperator<String> lookup) {
        String value = lookup.apply(KEY);
        if (value == null) {
            value = PortalProfile.from(lookup).demo() ? DEMO_DEFAULT : "";
        }
        return parse(value);
    }

    /**
     * The terminals a comma-separated list names.
     *
     * @throws IllegalArgumentException for an entry that is not an address or CIDR block, naming it
     */
    public static ReaderTerminals parse(String value) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : value.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.isEmpty()) {
                blocks.add(Block.parse(trimmed));
            }
        }
        return new ReaderTerminals(blocks);
    }

    /** Whether a client address (as the servlet container reports it) may use this node's readers. */
    public boolean allows(String clientAddress) {
        byte[] address = literal(clientAddress);
        return address != null && blocks.stream().anyMatch(block -> block.contains(address));
    }

    /** Whether no terminal may use the readers. */
    public boolean none() {
        return blocks.isEmpty();
    }

    private static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (!ADDRESS_LITERAL.matcher(bare).matches() || !(bare.contains(":") || bare.contains("."))) {
            return null;
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException(KEY + ": '" + entry + "' is not an IP address or CIDR block");
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException(KEY + ": '" + entry + "' has no valid prefix length");
                }
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
