package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.model.AudienceFacts;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.repository.NoticeRepository;

/**
 * Decides audiences: a resident's facts as they are today (municipality, age, youngest child,
 * 児童手当) in Japan's calendar, and the notices to many those facts and the moment select. No
 * authorization here: the services decide whose facts they may look at.
 */
@ApplicationScoped
public class NoticeAudiences {

    /** Ages and birthdays count in Japan's calendar. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private NoticeRepository notices;

    private final Clock clock = Clock.systemUTC();

    /** The resident's facts today, or empty for someone the portal does not know. */
    public Optional<AudienceFacts> factsOf(String residentId) {
        return factsOf(residentId, today());
    }

    /** The resident's facts on a day. */
    public Optional<AudienceFacts> factsOf(String residentId, LocalDate day) {
        return notices.findFacts(residentId, day);
    }

    /** The notices to many the resident sees now, newest first. */
    public List<NoticeBroadcast> visibleTo(String residentId, int limit) {
        return factsOf(residentId)
                .map(f -> notices.findVisible(f, clock.instant(), limit))
                .orElse(List.of());
    }

    /** Whether the resident sees the notice now. */
    public boolean sees(String residentId, NoticeBroadcast broadcast) {
        Instant now = clock.instant();
        return broadcast.isValidAt(now)
                && factsOf(residentId)
                        .map(f -> broadcast.getAudience().includes(f))
                        .orElse(false);
    }

    /**
     * How many notices the resident has not read: personal ones and the notices to many they see
     * now (two statements: their facts, then the count).
     */
    public long unreadOf(String residentId) {
        return factsOf(residentId)
                .map(f -> notices.countAllUnread(f, clock.instant()))
                .orElse(0L);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }
}
