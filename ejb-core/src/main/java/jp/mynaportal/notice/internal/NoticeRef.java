package jp.mynaportal.notice.internal;

import java.util.Optional;

/** A notice's reference in a resident's list: {@code p<id>} a personal notice, {@code b<id>} a notice to many. */
record NoticeRef(boolean personal, long id) {

    static Optional<NoticeRef> parse(String ref) {
        if (ref == null || !ref.matches("[pb][0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new NoticeRef(ref.charAt(0) == 'p', Long.parseLong(ref.substring(1))));
    }

    static String personal(long id) {
        return "p" + id;
    }

    static String broadcast(long id) {
        return "b" + id;
    }
}
