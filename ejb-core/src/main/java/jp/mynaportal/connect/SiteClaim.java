package jp.mynaportal.connect;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a site may receive about the resident besides the pairwise subject, each an OpenID Connect
 * claim and the scope that asks for it. A site receives only the claims it was registered for and
 * asked for; the consent screen names them (message keys {@code connect.claim.<claim>}).
 */
public enum SiteClaim {
    /** 氏名. */
    NAME("name", "profile"),
    /** 生年月日 (ISO 8601). */
    BIRTHDATE("birthdate", "profile"),
    /** 住所 (the formatted address). */
    ADDRESS("address", "address"),
    /** The nickname of 利用者登録. */
    NICKNAME("nickname", "profile"),
    /** The e-mail address of 利用者登録, when the resident gave one. */
    EMAIL("email", "email");

    private final String claim;
    private final String scope;

    SiteClaim(String claim, String scope) {
        this.claim = claim;
        this.scope = scope;
    }

    /** The claim's name in ID tokens and userinfo answers. */
    public String claim() {
        return claim;
    }

    /** The scope that asks for it. */
    public String scope() {
        return scope;
    }

    /** The message key segment. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SiteClaim> byClaim(String claim) {
        return Arrays.stream(values()).filter(c -> c.claim.equals(claim)).findFirst();
    }

    /** The claims that these scopes ask for. */
    public static Set<SiteClaim> askedBy(Set<String> scopes) {
        Set<SiteClaim> asked = EnumSet.noneOf(SiteClaim.class);
        for (SiteClaim c : values()) {
            if (scopes.contains(c.scope)) {
                asked.add(c);
            }
        }
        return asked;
    }
}
