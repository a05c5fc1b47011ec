package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.application.StaffApplication;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.Messages;

/**
 * One application at the counter: the form and attachments, the signature check, the history,
 * and the decision (審査中 / 完了 / 差戻し / 却下) with the comment for the applicant.
 */
@Named
@ViewScoped
public class StaffApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InboxService inbox;

    @Inject
    private UserSession session;

    private long id = -1;
    private StaffApplication application;
    private String comment;

    @PostConstruct
    void init() {
        id = ApplicationPages.idParameter();
        load();
    }

    private void load() {
        try {
            application = inbox.open(id, ApplicationPages.terminal());
        } catch (ApplicationException e) {
            application = null;
        }
    }

    /** Moves the application to a status; the comment goes to the applicant. */
    public void decide(ApplicationStatus to) {
        try {
            inbox.changeStatus(id, to, comment, ApplicationPages.terminal());
            comment = null;
            load();
            Messages.info(null, "counter.application.changed");
        } catch (ApplicationException e) {
            Messages.error("decision:comment", e.reason().messageKey());
        }
    }

    public List<ApplicationStatus> getTransitions() {
        return application == null
                ? List.of()
                : application.form().status().staffTransitions().stream()
                        .sorted()
                        .toList();
    }

    public StaffApplication getApplication() {
        return application;
    }

    public boolean isFound() {
        return application != null;
    }

    public long getId() {
        return id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
