package jp.mynaportal.application.web;

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
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.ClientAddress;

/**
 * 電子署名: the signing password (署名用電子証明書の暗証番号, 6–16 upper-case letters and digits)
 * and 「次へ」, then "hold the card" while the card signs and the application is submitted. The
 * password is kept only between the two steps and wiped.
 */
@Named
@ViewScoped
public class ApplicationSignView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PASSWORD_FIELD = "sign:password";

    @Inject
    private ApplicationService applications;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private UserSession session;

    private long id = -1;
    private ApplicationForm form;
    private List<String> readers;
    private String reader;
    private String password;
    private transient char[] pin;
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

    /** 「次へ」. */
    public void next() {
        pin = password == null ? new char[0] : password.toCharArray();
        password = null;
        holdCard = true;
    }

    /** The card signs; the application is submitted in the same step. */
    public void sign() {
        char[] entered = pin == null ? new char[0] : pin;
        pin = null;
        holdCard = false;
        try {
            Submission submission = applications.signAndSubmit(id, reader, entered, ApplicationPages.terminal());
            ApplicationPages.redirect(ApplicationPages.DONE, submission.applicationId());
        } catch (ApplicationException e) {
            SigningFailures.show(e, PASSWORD_FIELD);
        } finally {
            Arrays.fill(entered, '\0');
        }
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

    public boolean isHoldCard() {
        return holdCard;
    }
}
