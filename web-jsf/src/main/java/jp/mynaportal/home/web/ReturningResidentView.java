package jp.mynaportal.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.mynaportal.access.Roles;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.notice.NoticeService;

/**
 * 2回目以降 (handbook 3-K): what a returning resident needs first on the top page after login,
 * each one click away: the unread お知らせ, the drafts to 申請再開, the applications in progress,
 * and the procedures of their registered 自治体 (the page links those through {@code
 * chosenMunicipality}). Empty for a visitor who is not logged in as a resident.
 */
@Named
@RequestScoped
public class ReturningResidentView {

    /** At most this many drafts and applications are listed; the rest are one click further. */
    static final int SHOWN = 5;

    private static final Set<ApplicationStatus> IN_PROGRESS =
            EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW);

    @Inject
    private NoticeService notices;

    @Inject
    private ApplicationService applications;

    private boolean resident;
    private long unreadNotices;
    private List<ApplicationSummary> drafts = List.of();
    private List<ApplicationSummary> inProgress = List.of();

    @PostConstruct
    void init() {
        resident = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.RESIDENT);
        if (!resident) {
            return;
        }
        unreadNotices = notices.unread();
        drafts = applications.resumable().stream().limit(SHOWN).toList();
        inProgress = applications.submitted().stream()
                .filter(a -> IN_PROGRESS.contains(a.status()))
                .limit(SHOWN)
                .toList();
    }

    /** Where a draft is continued: the screens of the function whose procedure it is. */
    public String resumeOutcome(ApplicationSummary draft) {
        return "insurance".equals(draft.function()) ? "/insurance/apply.xhtml" : "/pittari/apply/form.xhtml";
    }

    public boolean isResident() {
        return resident;
    }

    public long getUnreadNotices() {
        return unreadNotices;
    }

    public List<ApplicationSummary> getDrafts() {
        return drafts;
    }

    public List<ApplicationSummary> getInProgress() {
        return inProgress;
    }
}
