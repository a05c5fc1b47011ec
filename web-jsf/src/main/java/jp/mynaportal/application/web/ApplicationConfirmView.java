package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.Submission;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.Messages;

/**
 * 入力内容の確認: every value as it will be sent, 「修正する」 back to the form, then 「申請する」
 * (or 「電子署名へすすむ」 where the procedure needs the signature).
 */
@Named
@ViewScoped
public class ApplicationConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    private long id = -1;
    private ApplicationForm form;

    @PostConstruct
    void init() {
        id = ApplicationPages.idParameter();
        try {
            form = applications.open(id);
        } catch (ApplicationException e) {
            form = null;
        }
    }

    /** 「申請する」 without a signature, or on to the signature. */
    public void submit() {
        if (form.signatureRequired()) {
            ApplicationPages.redirect(ApplicationPages.SIGN, id);
            return;
        }
        try {
            Submission submission = applications.submit(id, ApplicationPages.terminal());
            ApplicationPages.redirect(ApplicationPages.DONE, submission.applicationId());
        } catch (ApplicationException e) {
            Messages.error(null, e.reason().messageKey());
        }
    }

    /** The value of a field as the confirmation shows it (picked options one per line). */
    public String display(FieldSpec field) {
        String value = form.values().get(field.key());
        return value == null ? "" : value;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public boolean isFound() {
        return form != null;
    }

    public long getId() {
        return id;
    }
}
