package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.auth.web.UserSession;

/** 申請再開: the drafts and the applications returned for correction, and the applications sent. */
@Named
@RequestScoped
public class ResumeView {

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    private List<ApplicationSummary> resumable = List.of();
    private List<ApplicationSummary> submitted = List.of();

    @PostConstruct
    void init() {
        if (session.isLoggedIn()) {
            resumable = applications.resumable();
            submitted = applications.submitted();
        }
    }

    public List<ApplicationSummary> getResumable() {
        return resumable;
    }

    public List<ApplicationSummary> getSubmitted() {
        return submitted;
    }
}
