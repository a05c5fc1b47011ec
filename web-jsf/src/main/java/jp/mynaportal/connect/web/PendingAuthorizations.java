package jp.mynaportal.connect.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.connect.PendingAuthorization;

/**
 * The sites' requests this browser session is answering (a resident may have two tabs): kept
 * under a random id between the authorization endpoint, the login and the consent screen, each
 * used once; at most a few at a time. Also the answers to the sites between the consent form and
 * the return page (a form may only lead to the portal itself: {@code form-action 'self'}).
 */
@SessionScoped
public class PendingAuthorizations implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PendingAuthorization> pending = new LinkedHashMap<>();
    private final Map<String, String> answers = new LinkedHashMap<>();

    synchronized String keep(PendingAuthorization authorization) {
        return put(pending, authorization);
    }

    /** Keeps the answer to a site (its redirect with code or error) for the return page, under a new id. */
    synchronized String keepAnswer(String location) {
        return put(answers, location);
    }

    /** The answer kept under this id, once. */
    synchronized Optional<String> takeAnswer(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(answers.remove(id));
    }

    private static <T> String put(Map<String, T> map, T value) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        while (map.size() >= MAX) {
            map.remove(map.keySet().iterator().next());
        }
        map.put(id, value);
        return id;
    }

    synchronized Optional<PendingAuthorization> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(pending.get(id));
    }

    synchronized void done(String id) {
        pending.remove(id);
    }
}
