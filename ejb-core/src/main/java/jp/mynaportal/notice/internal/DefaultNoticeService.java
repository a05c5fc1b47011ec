package jp.mynaportal.notice.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.notice.NoticeAbout;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.repository.NoticeRepository;

/**
 * Personal notices over the notice table. The subject of a list or a read is the caller; a notice
 * is sent by a resident's own action or by staff deciding in the counter inbox, as the access
 * policy allows.
 */
@Stateless
public class DefaultNoticeService implements NoticeService {

    private static final int LIST_LIMIT = 200;

    @Inject
    private NoticeRepository notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeSender sender;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.STAFF})
    @Deprecated(since = "issue 9", forRemoval = true)
    public void notify(String residentId, NoticeKind kind, List<String> parameters, NoticeAbout about) {
        Actor actor = caller.actor();
        Subject subject = new Subject(
                residentId,
                accounts.findResident(residentId).map(Resident::getLgCode).orElse(null));
        PortalService service = policy.permits(actor, subject, PortalService.NOTICES, Operation.WRITE)
                ? PortalService.NOTICES
                : PortalService.COUNTER_INBOX;
        sender.send(subject, service, kind, parameters, about);
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<NoticeLine> notices() {
        return notices.findByResident(readableSubject().residentId(), LIST_LIMIT).stream()
                .map(DefaultNoticeService::line)
                .toList();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public long unread() {
        return notices.countUnread(readableSubject().residentId());
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public Optional<NoticeLine> read(long noticeId) {
        Actor actor = caller.actor();
        return notices.findById(noticeId)
                .filter(n -> policy.permits(
                        actor, Subject.resident(n.getResidentId()), PortalService.NOTICES, Operation.WRITE))
                .map(n -> {
                    n.markRead(clock.instant());
                    return line(n);
                });
    }

    private Subject readableSubject() {
        Actor actor = caller.actor();
        Subject subject = actor.self(null);
        policy.require(actor, subject, PortalService.NOTICES, Operation.READ);
        return subject;
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
