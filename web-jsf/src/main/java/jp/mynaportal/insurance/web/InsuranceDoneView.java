package jp.mynaportal.insurance.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.web.ApplicationPages;

/** 完了: 「申込みが完了しました」 with the 受付番号, and 「終了」. */
@Named
@RequestScoped
public class InsuranceDoneView {

    @Inject
    private ApplicationService applications;

    private ApplicationForm form;

    @PostConstruct
    void init() {
        try {
            form = applications.open(ApplicationPages.idParameter());
        } catch (ApplicationException e) {
            form = null;
        }
    }

    public boolean isFound() {
        return form != null && form.receiptNumber() != null;
    }

    public ApplicationForm getForm() {
        return form;
    }
}
