package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationOutcomes;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Completes an application for the function that owns it: 受付 → 審査中 → 完了 in the history, one
 * お知らせ, one usage-log entry in the applicant's 利用履歴 with the caller as actor. Runs in the
 * calling service's transaction; the access policy decides through the notice and the log.
 */
@ApplicationScoped
public class DefaultApplicationOutcomes implements ApplicationOutcomes {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationRecords records;

    @Inject
    private NoticeSender notices;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CurrentCaller caller;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void complete(long applicationId, String function, Subject subject, PortalService service, String terminal) {
        String actorId = caller.actor().residentId();
        Application application = applications
                .lockById(applicationId)
                .filter(a -> a.getProcedureFunction().equals(function))
                .filter(a -> a.getResidentId().equals(subject.residentId()))
                .orElseThrow(() -> new ApplicationException(Reason.NOT_FOUND));
        if (application.getStatus() == ApplicationStatus.COMPLETED) {
            return;
        }
        if (application.getStatus() != ApplicationStatus.RECEIVED
                && application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new ApplicationException(Reason.TRANSITION);
        }
        Instant now = clock.instant();
        if (application.getStatus() == ApplicationStatus.RECEIVED) {
            application.changeStatus(ApplicationStatus.UNDER_REVIEW, null, now);
            applications.addEvent(new ApplicationEvent(
                    application.getId(),
                    now,
                    actorId,
                    ApplicationStatus.RECEIVED,
                    ApplicationStatus.UNDER_REVIEW,
                    null));
        }
        application.changeStatus(ApplicationStatus.COMPLETED, null, now);
        applications.addEvent(new ApplicationEvent(
                application.getId(), now, actorId, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.COMPLETED, null));
        notices.send(
                subject,
                service,
                NoticeKind.APPLICATION_COMPLETED,
                List.of(records.procedure(application).title(), application.getReceiptNumber(), ""),
                ApplicationRecords.noticeAbout(application));
        usage.onSubject(
                subject,
                service,
                Operation.WRITE,
                UsageAction.APPLICATION_STATUS_CHANGED,
                ApplicationStatus.RECEIVED.name() + "->" + ApplicationStatus.COMPLETED.name(),
                terminal,
                UsageRecorder.PURPOSE_APPLICATION_REVIEW);
    }
}
