package jp.mynaportal.connect;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A connected site that delivers お知らせ, as 外部サイトへのお知らせ情報提供 shows it: nothing of
 * what the site receives at login (that is もっとつながる's, the resident's own).
 *
 * @param clientId the site's registered client id
 * @param name the site's name
 * @param connectedAt when the resident connected it
 * @param allowed whether the site may provide お知らせ to the resident now
 */
public record NoticeSharing(String clientId, LocalizedText name, Instant connectedAt, boolean allowed)
        implements Serializable {

    public NoticeSharing {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
    }
}
