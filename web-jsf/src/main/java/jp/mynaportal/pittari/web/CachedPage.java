package jp.mynaportal.pittari.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered search page kept by {@link SearchPageCache}, without its Content-Security-Policy
 * nonce: the page and the policy are stored cut at every place the nonce stood, and each response
 * puts a fresh nonce there, so that no two responses share one.
 */
final class CachedPage {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private final List<byte[]> body;
    private final List<String> policy;
    private final String contentType;

    private CachedPage(List<byte[]> body, List<String> policy, String contentType) {
        this.body = body;
        this.policy = policy;
        this.contentType = contentType;
    }

    /**
     * The page as rendered; empty when its policy names no nonce but the page uses one elsewhere
     * (it cannot then be served again safely).
     */
    static Optional<CachedPage> of(String html, String contentSecurityPolicy, String contentType) {
        String policy = contentSecurityPolicy == null ? "" : contentSecurityPolicy;
        Matcher nonce = NONCE.matcher(policy);
        if (!nonce.find()) {
            if (html.contains("nonce=")) {
                return Optional.empty();
            }
            return Optional.of(
                    new CachedPage(List.of(html.getBytes(StandardCharsets.UTF_8)), List.of(policy), contentType));
        }
        String value = nonce.group(1);
        List<byte[]> body = new ArrayList<>();
        for (String part : split(html, value)) {
            body.add(part.getBytes(StandardCharsets.UTF_8));
        }
        return Optional.of(new CachedPage(List.copyOf(body), split(policy, value), contentType));
    }

    /** The policy with {@code nonce} where the rendered one stood. */
    String policy(String nonce) {
        return String.join(nonce, policy);
    }

    /** The page in UTF-8 with {@code nonce} where the rendered one stood. */
    byte[] body(String nonce) {
        byte[] value = nonce.getBytes(StandardCharsets.UTF_8);
        int length = value.length * (body.size() - 1);
        for (byte[] part : body) {
            length += part.length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                System.arraycopy(value, 0, page, at, value.length);
                at += value.length;
            }
            byte[] part = body.get(i);
            System.arraycopy(part, 0, page, at, part.length);
            at += part.length;
        }
        return page;
    }

    String contentType() {
        return contentType;
    }

    /** What the page takes in memory, roughly: its bytes. */
    int weight() {
        int weight = 64;
        for (byte[] part : body) {
            weight += part.length;
        }
        return weight;
    }

    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return List.copyOf(parts);
    }
}
