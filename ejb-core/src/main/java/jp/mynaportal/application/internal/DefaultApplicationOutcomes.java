package jp.mynaportal.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationOutcomes;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.repository.ApplicationRepository;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Completes an application for the function that owns it: 受付 → 審査中 → 完了 in the history, one
 * お知らせ, one usage-log entry for the applicant. Runs in the calling service's transaction.
 */
@ApplicationScoped
public class DefaultApplicationOutcomes implements ApplicationOutcomes {

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ApplicationRecords records;

    @Inject
    private NoticeService notices;

    @Inject
    private UsageLogService usage;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void complete(long applicationId, String function, String actorId, String terminal) {
        Application application = applications
                .lockById(applicationId)
                .filter(a -> a.getProcedureFunction().equals(function))
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
        notices.notify(
                application.getResidentId(),
                NoticeKind.APPLICATION_COMPLETED,
                List.of(records.procedure(application).title(), application.getReceiptNumber(), ""),
                ApplicationRecords.noticeAbout(application));
        usage.record(
                application.getResidentId(),
                UsageAction.APPLICATION_STATUS_CHANGED,
                ApplicationStatus.RECEIVED.name() + "->" + ApplicationStatus.COMPLETED.name(),
                terminal);
    }
}
