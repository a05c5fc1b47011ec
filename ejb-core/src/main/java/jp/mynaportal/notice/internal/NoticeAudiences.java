package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentChild;
import jp.mynaportal.account.repository.AccountRepository;
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
    private AccountRepository accounts;

    @Inject
    private NoticeRepository notices;

    private final Clock clock = Clock.systemUTC();

    /** The resident's facts today, or empty for someone the portal does not know. */
    public Optional<AudienceFacts> factsOf(String residentId) {
        return factsOf(residentId, today());
    }

    /** The resident's facts on a day. */
    public Optional<AudienceFacts> factsOf(String residentId, LocalDate day) {
        Optional<Resident> resident = accounts.findResident(residentId);
        if (resident.isEmpty()) {
            return Optional.empty();
        }
        List<ResidentChild> children = accounts.findChildren(residentId);
        int youngest = children.stream()
                .mapToInt(c -> Period.between(c.getBirthDate(), day).getYears())
                .min()
                .orElse(AudienceFacts.NO_CHILD);
        return Optional.of(new AudienceFacts(
                residentId,
                resident.get().getLgCode(),
                Period.between(resident.get().getBirthDate(), day).getYears(),
                youngest,
                children.stream().anyMatch(ResidentChild::isChildAllowance)));
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

    /** How many notices to many the resident sees now and has not read. */
    public long unreadOf(String residentId) {
        return factsOf(residentId)
                .map(f -> notices.countVisibleUnread(f, clock.instant()))
                .orElse(0L);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }
}
