package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.ApplicationSummary;
import jp.mynaportal.auth.web.UserSession;

/** 申請完了: the 受付番号, the receipt (控え) to download, and the drafts still waiting. */
@Named
@RequestScoped
public class ApplicationDoneView {

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    private ApplicationForm form;
    private List<ApplicationSummary> waiting = List.of();

    @PostConstruct
    void init() {
        try {
            form = applications.open(ApplicationPages.idParameter());
            if (form.editable()) {
                form = null;
            } else {
                waiting = applications.resumable();
            }
        } catch (ApplicationException e) {
            form = null;
        }
    }

    public ApplicationForm getForm() {
        return form;
    }

    public boolean isFound() {
        return form != null;
    }

    public List<ApplicationSummary> getWaiting() {
        return waiting;
    }
}
