package jp.mynaportal.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.AttachmentFile;
import jp.mynaportal.application.InboxLine;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.application.StaffApplication;
import jp.mynaportal.application.StatusChange;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.platform.InputText;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * The counter inbox over the application tables. The actor is the staff member calling; lists hold
 * only the municipalities they serve, and every application read or changed is a subject the access
 * policy lets them reach.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class DefaultInboxService implements InboxService {

    private static final int INBOX_LIMIT = 500;
    private static final int MAX_COMMENT = 2000;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeSender notices;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CardSignatures signatures;

    @Inject
    private ApplicationRecords records;

    @Inject
    private ProcedureCatalogs procedures;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Map<ApplicationStatus, Long> counts() {
        return applications.countInbox(municipalitiesOf(), procedures.decidedElsewhere());
    }

    @Override
    public List<InboxLine> inbox(ApplicationStatus status) {
        Set<ApplicationStatus> statuses = status == null || status == ApplicationStatus.DRAFT
                ? EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT))
                : EnumSet.of(status);
        return applications.findInbox(municipalitiesOf(), statuses, procedures.decidedElsewhere(), INBOX_LIMIT).stream()
                .map(this::line)
                .toList();
    }

    @Override
    public StaffApplication open(long applicationId, String terminal) {
        Application application = addressedTo(applicationId);
        usage.onSubject(
                subjectOf(application),
                PortalService.COUNTER_INBOX,
                Operation.READ,
                UsageAction.APPLICATION_VIEWED_BY_STAFF,
                application.getReceiptNumber(),
                terminal,
                UsageRecorder.PURPOSE_APPLICATION_REVIEW);
        ApplicationForm form = records.form(application);
        List<StatusChange> history = applications.events(application.getId()).stream()
                .map(e -> new StatusChange(
                        e.getOccurredAt(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getComment(),
                        e.getActorId().equals(application.getResidentId())))
                .toList();
        return new StaffApplication(
                form,
                applicantName(application),
                history,
                signatures.report(
                        application.getSignature(),
                        records.canonicalOfStoredBytes(application),
                        form.values(),
                        records.procedure(application).signatureKey()));
    }

    @Override
    public AttachmentFile attachment(long applicationId, String fieldKey) {
        return records.attachmentFile(addressedTo(applicationId), fieldKey);
    }

    @Override
    public void changeStatus(long applicationId, ApplicationStatus to, String comment, String terminal) {
        Application application = applications
                .lockById(applicationId)
                .filter(a -> reachable(a, Operation.WRITE))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        ApplicationStatus from = application.getStatus();
        if (to == null || !from.staffTransitions().contains(to)) {
            throw new ApplicationException(Reason.TRANSITION);
        }
        String text = comment == null ? "" : InputText.normalize(comment.strip());
        boolean needsComment = to == ApplicationStatus.RETURNED || to == ApplicationStatus.REJECTED;
        if (needsComment && text.isEmpty()) {
            throw new ApplicationException(Reason.COMMENT_REQUIRED);
        }
        InputText.Problem problem = InputText.problem(text, MAX_COMMENT, true);
        if (problem == InputText.Problem.TOO_LONG) {
            throw new ApplicationException(Reason.COMMENT_TOO_LONG);
        }
        if (problem != null) {
            throw new ApplicationException(Reason.COMMENT_CONTROL_CHARACTER);
        }
        Instant now = clock.instant();
        application.changeStatus(to, text.isEmpty() ? null : text, now);
        applications.addEvent(new ApplicationEvent(
                application.getId(), now, caller.actor().residentId(), from, to, text.isEmpty() ? null : text));
        notices.send(
                subjectOf(application),
                PortalService.COUNTER_INBOX,
                noticeKind(to),
                List.of(records.procedure(application).title(), application.getReceiptNumber(), text),
                ApplicationRecords.noticeAbout(application));
        String result = from.name() + "->" + to.name();
        usage.onSubject(
                subjectOf(application),
                PortalService.COUNTER_INBOX,
                Operation.WRITE,
                UsageAction.APPLICATION_STATUS_CHANGED,
                result,
                terminal,
                UsageRecorder.PURPOSE_APPLICATION_REVIEW);
    }

    @Override
    public List<InboxLine> export(ApplicationStatus status, String terminal) {
        List<InboxLine> lines = inbox(status);
        usage.byCaller(UsageAction.APPLICATION_VIEWED_BY_STAFF, "CSV_EXPORT " + lines.size(), terminal);
        return lines;
    }

    private static NoticeKind noticeKind(ApplicationStatus to) {
        return switch (to) {
            case UNDER_REVIEW -> NoticeKind.APPLICATION_UNDER_REVIEW;
            case COMPLETED -> NoticeKind.APPLICATION_COMPLETED;
            case RETURNED -> NoticeKind.APPLICATION_RETURNED;
            case REJECTED -> NoticeKind.APPLICATION_REJECTED;
            default -> NoticeKind.APPLICATION_RECEIVED;
        };
    }

    private InboxLine line(Application application) {
        return new InboxLine(
                application.getId(),
                application.getReceiptNumber(),
                records.procedure(application).title(),
                applicantName(application),
                application.getStatus(),
                application.getSubmittedAt(),
                application.getSignature() != null);
    }

    private String applicantName(Application application) {
        return accounts.findResident(application.getResidentId())
                .map(Resident::getFullName)
                .orElse("");
    }

    private Application addressedTo(long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> reachable(a, Operation.READ))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
    }

    /** A submitted application whose data the policy lets the staff member reach. */
    private boolean reachable(Application application, Operation operation) {
        return application.getStatus().inInbox()
                && !procedures.decidedElsewhere().contains(application.getProcedureFunction())
                && policy.permits(caller.actor(), subjectOf(application), PortalService.COUNTER_INBOX, operation);
    }

    /** Whose data an application is: its owner's, in the municipality it is addressed to. */
    private static Subject subjectOf(Application application) {
        return new Subject(application.getResidentId(), application.getLgCode());
    }

    /** The municipalities whose inbox the staff member sees. */
    private Set<String> municipalitiesOf() {
        Actor actor = caller.actor();
        return actor.hasRole(Roles.STAFF) ? actor.staffMunicipalities() : Set.of();
    }
}
