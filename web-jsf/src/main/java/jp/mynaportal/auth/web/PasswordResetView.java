package jp.mynaportal.auth.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.PasswordResetResult;
import jp.mynaportal.auth.PasswordResetService;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * ログイン用パスワードの再設定 (self-service), on a terminal with a card reader: the card on the
 * reader, the signing password, and the new 4-digit login password twice. Each refusal is told
 * beside the field it is about; nothing typed is shown again (they are passwords).
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordResetService resets;

    @Inject
    private AuthenticationService authentication;

    private List<String> readers;
    private String reader;
    private String signingPassword;
    private String newPin;
    private String repeated;
    private boolean done;

    @PostConstruct
    void init() {
        readers = authentication.cardReaders(ClientAddress.current());
        reader = readers.isEmpty() ? null : readers.get(0);
    }

    /** 再設定する. */
    public void reset() {
        char[] signing = signingPassword == null ? new char[0] : signingPassword.toCharArray();
        char[] pin = newPin == null ? new char[0] : newPin.toCharArray();
        char[] again = repeated == null ? new char[0] : repeated.toCharArray();
        signingPassword = null;
        newPin = null;
        repeated = null;
        PasswordResetResult result =
                resets.resetWithSigningPassword(reader, signing, pin, again, ClientAddress.current());
        switch (result.outcome()) {
            case SUCCESS -> done = true;
            case NEW_PIN_FORMAT ->
                Messages.error("reset:newPin", result.outcome().messageKey());
            case NEW_PIN_MISMATCH ->
                Messages.error("reset:repeated", result.outcome().messageKey());
            case WRONG_SIGNING_PASSWORD ->
                Messages.error("reset:signingPassword", result.outcome().messageKey(), result.triesLeft());
            case SIGNING_PASSWORD_FORMAT, SIGNING_PASSWORD_LOCKED ->
                Messages.error("reset:signingPassword", result.outcome().messageKey());
            default -> Messages.error("reset:reader", result.outcome().messageKey());
        }
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

    public String getSigningPassword() {
        return signingPassword;
    }

    public void setSigningPassword(String signingPassword) {
        this.signingPassword = signingPassword;
    }

    public String getNewPin() {
        return newPin;
    }

    public void setNewPin(String newPin) {
        this.newPin = newPin;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isDone() {
        return done;
    }
}
