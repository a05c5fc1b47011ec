package jp.mynaportal.notice;

import java.util.Optional;

/**
 * お知らせ of connected sites (もっとつながる), for the connect function once it has authenticated
 * the site and found the resident who allowed its notices; in that function's transaction. Not for
 * views ({@code ArchitectureTest} refuses it).
 */
public interface SiteNoticeWriter {

    /**
     * A notice from the site to the resident.
     *
     * @return its id
     * @throws NoticeRefusedException with every problem of the notice
     */
    long send(String clientId, String residentId, NoticeOrder order);

    /** The resident a notice of the site was sent to; empty for another sender's notice. */
    Optional<String> recipient(String clientId, long id);

    /** What became of a notice the site sent; empty for another sender's. */
    Optional<NoticeReadState> state(String clientId, long id);
}
