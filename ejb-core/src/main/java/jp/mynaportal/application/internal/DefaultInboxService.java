package jp.mynaportal.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;

/** The counter inbox over the application tables; every read and change checks the staff member's municipalities. */
@Stateless
public class DefaultInboxService implements InboxService {

    private static final int INBOX_LIMIT = 500;
    private static final int MAX_COMMENT = 2000;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AccountRepository accounts;

    @Inject
    private NoticeService notices;

    @Inject
    private UsageLogService usage;

    @Inject
    private CardSignatures signatures;

    @Inject
    private ApplicationRecords records;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Map<ApplicationStatus, Long> counts(SignedInUser staff) {
        return applications.countInbox(municipalitiesOf(staff));
    }

    @Override
    public List<InboxLine> inbox(SignedInUser staff, ApplicationStatus status) {
        Set<ApplicationStatus> statuses = status == null || status == ApplicationStatus.DRAFT
                ? EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT))
                : EnumSet.of(status);
        return applications.findInbox(municipalitiesOf(staff), statuses, INBOX_LIMIT).stream()
                .map(this::line)
                .toList();
    }

    @Override
    public StaffApplication open(SignedInUser staff, long applicationId, String terminal) {
        Application application = addressedTo(staff, applicationId);
        usage.record(
                staff.residentId(), UsageAction.APPLICATION_VIEWED_BY_STAFF, application.getReceiptNumber(), terminal);
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
                        application.getSignature(), records.canonicalOfStoredBytes(application), form.values()));
    }

    @Override
    public AttachmentFile attachment(SignedInUser staff, long applicationId, String fieldKey) {
        return records.attachmentFile(addressedTo(staff, applicationId), fieldKey);
    }

    @Override
    public void changeStatus(
            SignedInUser staff, long applicationId, ApplicationStatus to, String comment, String terminal) {
        Application application = applications
                .lockById(applicationId)
                .filter(a -> a.getStatus().inInbox() && municipalitiesOf(staff).contains(a.getLgCode()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        ApplicationStatus from = application.getStatus();
        if (to == null || !from.staffTransitions().contains(to)) {
            throw new ApplicationException(Reason.TRANSITION);
        }
        String text = comment == null ? "" : comment.strip();
        boolean needsComment = to == ApplicationStatus.RETURNED || to == ApplicationStatus.REJECTED;
        if (needsComment && text.isEmpty()) {
            throw new ApplicationException(Reason.COMMENT_REQUIRED);
        }
        if (text.length() > MAX_COMMENT) {
            throw new ApplicationException(Reason.COMMENT_TOO_LONG);
        }
        Instant now = clock.instant();
        application.changeStatus(to, text.isEmpty() ? null : text, now);
        applications.addEvent(new ApplicationEvent(
                application.getId(), now, staff.residentId(), from, to, text.isEmpty() ? null : text));
        notices.notify(
                application.getResidentId(),
                noticeKind(to),
                List.of(records.procedure(application).getName(), application.getReceiptNumber(), text),
                application.getId());
        String result = from.name() + "->" + to.name();
        usage.record(application.getResidentId(), UsageAction.APPLICATION_STATUS_CHANGED, result, terminal);
        usage.record(staff.residentId(), UsageAction.APPLICATION_STATUS_CHANGED, result, terminal);
    }

    @Override
    public List<InboxLine> export(SignedInUser staff, ApplicationStatus status, String terminal) {
        List<InboxLine> lines = inbox(staff, status);
        usage.record(
                staff.residentId(), UsageAction.APPLICATION_VIEWED_BY_STAFF, "CSV_EXPORT " + lines.size(), terminal);
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
                records.procedure(application).getName(),
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

    private Application addressedTo(SignedInUser staff, long applicationId) {
        Set<String> own = municipalitiesOf(staff);
        return applications
                .findById(applicationId)
                .filter(a -> a.getStatus().inInbox() && own.contains(a.getLgCode()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
    }

    private static Set<String> municipalitiesOf(SignedInUser staff) {
        return staff == null ? Set.of() : Set.copyOf(staff.staffMunicipalities());
    }
}
