package jp.mynaportal.notice.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.notice.AgencyNoticeService;
import jp.mynaportal.notice.NoticeCriteria;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeReadState;
import jp.mynaportal.notice.NoticeRefusedException;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.NoticeBroadcast;
import jp.mynaportal.notice.model.SenderKind;
import jp.mynaportal.notice.repository.NoticeRepository;
import jp.mynaportal.usage.model.UsageAction;

/**
 * The calling agency's notices (the agency is the caller the agency API's mechanism made, its code
 * the caller's name). A notice to one resident names them by the agency's link code, resolved for
 * that agency only; the access policy decides ({@link PortalService#NOTICE_DELIVERY}); the resident's
 * 利用履歴 shows the agency wrote to them. A notice to many is one row with its criteria, and one
 * 利用履歴 entry of the agency's own ({@link NoticeSends}).
 */
@Stateless
public class DefaultAgencyNoticeService implements AgencyNoticeService {

    @Inject
    private NoticeOrders orders;

    @Inject
    private NoticeAudiences audiences;

    @Inject
    private NoticeRepository notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AgencyLinkService links;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private NoticeSends sends;

    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed(Roles.AGENCY)
    public long reach(String linkCode, NoticeCriteria criteria) {
        List<NoticeProblem> problems = new ArrayList<>();
        Audience audience = audience(linkCode, criteria, problems);
        if (!problems.isEmpty()) {
            throw new NoticeRefusedException(problems);
        }
        return notices.countReach(audience.audience(), audiences.today());
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public long send(NoticeOrder order, String linkCode, NoticeCriteria criteria, String terminal) {
        List<NoticeProblem> problems = new ArrayList<>(orders.problems(order, audiences.today()));
        Audience audience = audience(linkCode, criteria, problems);
        if (!problems.isEmpty()) {
            throw new NoticeRefusedException(problems);
        }
        Actor agency = caller.actor();
        NoticeBroadcast stored = orders.store(
                SenderKind.AGENCY,
                agency.residentId(),
                agency.residentId(),
                order,
                audience.audience(),
                clock.instant());
        sends.record(stored.getId(), audience.subject(), UsageAction.NOTICE_FROM_AGENCY, terminal);
        return stored.getId();
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public Optional<NoticeReadState> state(long id) {
        return orders.state(SenderKind.AGENCY, caller.actor().residentId(), id);
    }

    private record Audience(NoticeAudience audience, Subject subject) {}

    /** The audience, after the access policy agreed; problems are added to the list instead. */
    private Audience audience(String linkCode, NoticeCriteria criteria, List<NoticeProblem> problems) {
        Actor agency = caller.actor();
        if (linkCode != null) {
            Optional<Subject> subject = links.resolve(linkCode)
                    .flatMap(residentId -> accounts.findResident(residentId))
                    .map(r -> new Subject(r.getId(), r.getLgCode()))
                    .filter(s -> policy.permits(agency, s, PortalService.NOTICE_DELIVERY, Operation.WRITE));
            if (subject.isEmpty()) {
                problems.add(new NoticeProblem("audience.linkCode", "UNKNOWN_LINK_CODE"));
                return new Audience(null, null);
            }
            return new Audience(NoticeAudience.resident(subject.get().residentId()), subject.get());
        }
        NoticeCriteria given = criteria == null ? new NoticeCriteria(null, null, null, null, false) : criteria;
        List<NoticeProblem> found = orders.problems(given);
        problems.addAll(found);
        if (!found.isEmpty()) {
            return new Audience(null, null);
        }
        policy.require(
                agency,
                given.lgCode() == null
                        ? Subject.resident(Subject.RESIDENTS_OF_MUNICIPALITY)
                        : Subject.residentsOf(given.lgCode()),
                PortalService.NOTICE_DELIVERY,
                Operation.WRITE);
        return new Audience(NoticeOrders.audience(given), null);
    }
}
