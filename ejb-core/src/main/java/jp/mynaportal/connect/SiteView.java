package jp.mynaportal.connect;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A relying site as もっとつながる lists it for the resident; kept in a view-scoped bean, so
 * serializable (sessions may be replicated between the nodes of a cluster).
 *
 * @param clientId the site's registered client id
 * @param name the site's name
 * @param description what connecting it means (what the site offers once connected)
 * @param claims what it would receive, as registered
 * @param startUrl where 「つなぐ」 and 「このサイトへ」 lead: the site's own login, which starts the
 *     OpenID Connect flow with the portal
 * @param offersNotices whether the site may deliver お知らせ to connected residents who allow it
 * @param connectedAt when the resident connected it, or null when not connected
 * @param consentedClaims what the resident consented to (empty when not connected)
 * @param noticesAllowed whether the resident allowed the site's お知らせ
 */
public record SiteView(
        String clientId,
        LocalizedText name,
        LocalizedText description,
        List<SiteClaim> claims,
        String startUrl,
        boolean offersNotices,
        Instant connectedAt,
        List<SiteClaim> consentedClaims,
        boolean noticesAllowed)
        implements Serializable {

    public SiteView {
        claims = List.copyOf(claims);
        consentedClaims = List.copyOf(consentedClaims);
    }

    public boolean connected() {
        return connectedAt != null;
    }
}
