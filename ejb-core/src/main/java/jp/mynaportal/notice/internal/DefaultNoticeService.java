package jp.mynaportal.notice.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.notice.InboxNotice;
import jp.mynaportal.notice.NoticeAbout;
import jp.mynaportal.notice.NoticeAttachment;
import jp.mynaportal.notice.NoticeLine;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.NoticeSource;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.NoticeFilter;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.model.NoticeReceipt;
import jp.mynaportal.notice.repository.NoticeRepository;

/**
 * The resident's お知らせ over the personal notices and the notices to many. The subject of a list,
 * an open, a mark or an archive is the caller; a notice to many is shown only while it is valid
 * and while its audience includes the caller as they are now. A personal notice is sent by a
 * resident's own action or by staff deciding in the counter inbox, as the access policy allows,
 * with a mail if the resident asked for お知らせ通知.
 */
@Stateless
public class DefaultNoticeService implements NoticeService {

    private static final int LIST_LIMIT = 200;

    @Inject
    private NoticeRepository notices;

    @Inject
    private NoticeAudiences audiences;

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
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public List<NoticeLine> notices() {
        return notices.findByResident(readableSubject().residentId(), LIST_LIMIT).stream()
                .map(DefaultNoticeService::line)
                .toList();
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public long unread() {
        return audiences.unreadOf(readableSubject().residentId());
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
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

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public List<InboxNotice> inbox(NoticeQuery query) {
        String residentId = readableSubject().residentId();
        Instant from = query.from() == null
                ? null
                : query.from().atStartOfDay(NoticeAudiences.JAPAN).toInstant();
        Instant until = query.to() == null
                ? null
                : query.to().plusDays(1).atStartOfDay(NoticeAudiences.JAPAN).toInstant();
        List<InboxNotice> lines = new ArrayList<>();
        if (query.source() == null || query.source() == NoticeSource.PORTAL) {
            notices.findByResident(residentId, new NoticeFilter(null, from, until, query.archived()), LIST_LIMIT)
                    .forEach(n -> lines.add(inboxLine(n)));
        }
        if (query.source() != NoticeSource.PORTAL) {
            List<NoticeBroadcast> visible = audiences.visibleTo(residentId, LIST_LIMIT);
            Map<Long, NoticeReceipt> receipts =
                    notices
                            .findReceipts(
                                    residentId,
                                    visible.stream().map(NoticeBroadcast::getId).toList())
                            .stream()
                            .collect(Collectors.toMap(NoticeReceipt::getBroadcastId, Function.identity()));
            for (NoticeBroadcast b : visible) {
                InboxNotice line = inboxLine(b, receipts.get(b.getId()));
                if ((query.source() == null || query.source() == line.source())
                        && line.archived() == query.archived()
                        && (from == null || !line.at().isBefore(from))
                        && (until == null || line.at().isBefore(until))) {
                    lines.add(line);
                }
            }
        }
        lines.sort(Comparator.comparing(InboxNotice::at).reversed());
        return lines.size() > LIST_LIMIT ? List.copyOf(lines.subList(0, LIST_LIMIT)) : lines;
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public Optional<InboxNotice> open(String ref) {
        String residentId = readableSubject().residentId();
        return NoticeRef.parse(ref)
                .flatMap(r -> r.personal()
                        ? ownPersonal(residentId, r.id()).map(DefaultNoticeService::inboxLine)
                        : seenBroadcast(residentId, r.id())
                                .map(b -> inboxLine(
                                        b,
                                        notices.findReceipt(b.getId(), residentId)
                                                .orElse(null))));
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public boolean markRead(String ref) {
        return change(ref, false);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public boolean archive(String ref) {
        return change(ref, true);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public Optional<NoticeAttachment> attachment(String ref) {
        String residentId = readableSubject().residentId();
        return NoticeRef.parse(ref)
                .filter(r -> !r.personal())
                .flatMap(r -> seenBroadcast(residentId, r.id()))
                .filter(b -> b.getAttachmentName() != null)
                .map(b -> new NoticeAttachment(b.getAttachmentName(), b.getAttachment()));
    }

    private boolean change(String ref, boolean archive) {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        policy.require(actor, subject, PortalService.NOTICES, Operation.WRITE);
        String residentId = subject.residentId();
        Instant now = clock.instant();
        Optional<NoticeRef> parsed = NoticeRef.parse(ref);
        if (parsed.isEmpty()) {
            return false;
        }
        NoticeRef r = parsed.get();
        if (r.personal()) {
            return ownPersonal(residentId, r.id())
                    .map(n -> {
                        if (archive) {
                            n.archive(now);
                        } else {
                            n.markRead(now);
                        }
                        return true;
                    })
                    .orElse(false);
        }
        return seenBroadcast(residentId, r.id())
                .map(b -> {
                    NoticeReceipt receipt = notices.findReceipt(b.getId(), residentId)
                            .orElseGet(() -> {
                                NoticeReceipt fresh = new NoticeReceipt(b.getId(), residentId);
                                notices.addReceipt(fresh);
                                return fresh;
                            });
                    if (archive) {
                        receipt.archive(now);
                    } else {
                        receipt.markRead(now);
                    }
                    return true;
                })
                .orElse(false);
    }

    private Optional<Notice> ownPersonal(String residentId, long id) {
        return notices.findById(id).filter(n -> n.getResidentId().equals(residentId));
    }

    private Optional<NoticeBroadcast> seenBroadcast(String residentId, long id) {
        return notices.findBroadcast(id).filter(b -> audiences.sees(residentId, b));
    }

    private Subject readableSubject() {
        Actor actor = caller.actor();
        Subject subject = actor.subject();
        policy.require(actor, subject, PortalService.NOTICES, Operation.READ);
        return subject;
    }

    private static InboxNotice inboxLine(Notice n) {
        return new InboxNotice(
                NoticeRef.personal(n.getId()),
                NoticeSource.PORTAL,
                null,
                n.getKind(),
                n.getParameters(),
                null,
                null,
                null,
                null,
                n.getCreatedAt(),
                null,
                n.getReadAt() != null,
                n.getArchivedAt() != null);
    }

    private static InboxNotice inboxLine(NoticeBroadcast b, NoticeReceipt receipt) {
        return new InboxNotice(
                NoticeRef.broadcast(b.getId()),
                switch (b.getSenderKind()) {
                    case AGENCY -> NoticeSource.AGENCY;
                    case SITE -> NoticeSource.SITE;
                    case MUNICIPALITY -> NoticeSource.MUNICIPALITY;
                },
                b.getSenderCode(),
                null,
                List.of(),
                b.getTitle(),
                b.getBody(),
                b.getLinkUrl(),
                b.getAttachmentName(),
                b.getValidFrom(),
                b.getValidUntil(),
                receipt != null && receipt.getReadAt() != null,
                receipt != null && receipt.getArchivedAt() != null);
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
