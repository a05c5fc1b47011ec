package jp.mynaportal.connect;

import jakarta.ejb.ApplicationException;

/** Why a connected site's お知らせ call was refused; nothing was stored. */
@ApplicationException(rollback = true)
public class SiteNoticeRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with the HTTP status the API answers. */
    public enum Reason {
        /** No valid client assertion of a registered site with keys and お知らせ (401). */
        INVALID_CLIENT(401),
        /**
         * The subject is not one of this site's, or its resident has not allowed (or withdrew, or
         * disconnected) the site's お知らせ (403; the two are not told apart).
         */
        NOT_ALLOWED(403),
        /** No notice of this site with that id (404). */
        UNKNOWN_NOTICE(404);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public SiteNoticeRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
