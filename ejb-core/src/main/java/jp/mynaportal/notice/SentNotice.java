package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.Instant;

/** A notice a municipality sent, as its list of sent notices shows it. */
public record SentNotice(long id, String title, Instant validFrom, Instant validUntil, Instant sentAt, boolean toOne)
        implements Serializable {}
