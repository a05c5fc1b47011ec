package jp.mynaportal.insurance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.Submission;
import jp.mynaportal.application.web.ApplicationPages;
import jp.mynaportal.application.web.SigningFailures;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.insurance.InsuranceException;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.JapanTime;
import jp.mynaportal.platform.web.Messages;

/**
 * ステップ2: 「申し込む」, then the 利用者証明用電子証明書's 4-digit password and 「次へ」, then "hold
 * the card" while the card signs the application with its authentication key and the application
 * goes to the insurer. The password is kept only between the two steps and wiped.
 */
@Named
@ViewScoped
public class InsuranceApplyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PASSWORD_FIELD = "apply:password";

    @Inject
    private ApplicationService applications;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private JapanTime japanTime;

    private long id = -1;
    private ApplicationForm form;
    private List<String> readers;
    private String reader;
    private String password;
    private transient char[] pin;
    private boolean askPassword;
    private boolean holdCard;

    @PostConstruct
    void init() {
        id = ApplicationPages.idParameter();
        try {
            form = applications.open(id);
        } catch (ApplicationException e) {
            form = null;
        }
        readers = authentication.cardReaders(ClientAddress.current());
        reader = readers.isEmpty() ? null : readers.get(0);
    }

    /** 「申し込む」: the password dialog. */
    public void start() {
        askPassword = true;
    }

    /** 「次へ」. */
    public void next() {
        pin = password == null ? new char[0] : password.toCharArray();
        password = null;
        holdCard = true;
    }

    /** The card signs with its authentication key; the application is submitted in the same step. */
    public void sign() {
        char[] entered = pin == null ? new char[0] : pin;
        pin = null;
        holdCard = false;
        try {
            Submission submission = applications.signAndSubmit(id, reader, entered, ApplicationPages.terminal());
            ApplicationPages.redirect(InsurancePages.DONE, submission.applicationId());
        } catch (ApplicationException e) {
            SigningFailures.show(e, PASSWORD_FIELD);
        } catch (InsuranceException e) {
            Messages.error(null, e.reason().messageKey(), japanTime.day(e.since()));
        } finally {
            Arrays.fill(entered, '\0');
        }
    }

    public boolean isFound() {
        return form != null && form.status().editableByResident();
    }

    public List<String> getReaders() {
        return readers;
    }

    public String getReader() {
        return reader;
    }

    public void setReader(String reader) {
        this.reader = reader;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isAskPassword() {
        return askPassword;
    }

    public boolean isHoldCard() {
        return holdCard;
    }
}
