package jp.mynaportal.notice.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.notice.NoticeAbout;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.repository.NoticeRepository;

/** Personal notices over the notice table; a resident sees only their own. */
@Stateless
public class DefaultNoticeService implements NoticeService {

    private static final int LIST_LIMIT = 200;

    @Inject
    private NoticeRepository notices;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void notify(String residentId, NoticeKind kind, List<String> parameters, NoticeAbout about) {
        notices.add(new Notice(
                residentId,
                kind,
                parameters,
                about == null ? null : about.function(),
                about == null ? null : about.key(),
                clock.instant()));
    }

    @Override
    public List<NoticeLine> notices(SignedInUser user) {
        return notices.findByResident(user.residentId(), LIST_LIMIT).stream()
                .map(DefaultNoticeService::line)
                .toList();
    }

    @Override
    public long unread(SignedInUser user) {
        return notices.countUnread(user.residentId());
    }

    @Override
    public Optional<NoticeLine> read(SignedInUser user, long noticeId) {
        return notices.findById(noticeId)
                .filter(n -> n.getResidentId().equals(user.residentId()))
                .map(n -> {
                    n.markRead(clock.instant());
                    return line(n);
                });
    }

    private static NoticeLine line(Notice notice) {
        return new NoticeLine(
                notice.getId(),
                notice.getKind(),
                notice.getParameters(),
                notice.getAboutFunction() == null
                        ? null
                        : new NoticeAbout(notice.getAboutFunction(), notice.getAboutKey()),
                notice.getCreatedAt(),
                notice.getReadAt() != null);
    }
}
