package jp.mynaportal.connect;

import java.io.Serializable;
import java.util.List;

/**
 * What the consent screen shows: the site, what it will receive, whether it may deliver お知らせ,
 * and whether the resident already consented to exactly this (then the portal answers at once).
 */
public record ConsentPrompt(
        LocalizedText siteName,
        LocalizedText description,
        List<SiteClaim> claims,
        boolean offersNotices,
        boolean alreadyConsented)
        implements Serializable {

    public ConsentPrompt {
        claims = List.copyOf(claims);
    }
}
