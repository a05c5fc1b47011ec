package jp.mynaportal.insurance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynaportal.application.web.ApplicationPages;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.insurance.InsuranceService;
import jp.mynaportal.insurance.InsuranceStatus;
import jp.mynaportal.platform.web.JapanTime;
import jp.mynaportal.platform.web.Messages;

/**
 * ステップ1, 利用規約: 「同意して次へ進む」 makes the application (or says that the card is registered
 * or applied for already, with the date, instead of a second application).
 */
@Named
@ViewScoped
public class InsuranceTermsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InsuranceService insurance;

    @Inject
    private JapanTime japanTime;

    private InsuranceStatus status;

    @PostConstruct
    void init() {
        status = insurance.status();
    }

    /** 「同意して次へ進む」. */
    public void agree() {
        try {
            long id = insurance.apply();
            ApplicationPages.redirect(InsurancePages.APPLY, id);
        } catch (InsuranceException e) {
            status = insurance.status();
            if (e.since() != null) {
                Messages.error(null, e.reason().messageKey(), japanTime.day(e.since()));
            } else {
                Messages.error(null, e.reason().messageKey());
            }
        }
    }

    public InsuranceStatus getStatus() {
        return status;
    }
}
