package jp.mynaportal.counter.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.counter.CardHolder;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * 暗証番号の再設定 at the counter: staff choose the reader with the resident's card, see whose it
 * is, and the resident types the new 4-digit password on the terminal.
 */
@Named
@ViewScoped
public class PinResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CounterService counter;

    @Inject
    private AuthenticationService authentication;

    private List<String> readers;
    private String reader;
    private CardHolder holder;
    private String newPin;
    private boolean done;

    @PostConstruct
    void init() {
        readers = authentication.cardReaders(ClientAddress.current());
    }

    /** カードを確認: whose card is on the reader, and whether this staff member may serve them. */
    public void identify() {
        holder = null;
        done = false;
        try {
            holder = counter.identify(reader);
        } catch (CounterException e) {
            Messages.error("pinReset:reader", e.reason().messageKey());
        }
    }

    /** 再設定する: the new password the resident typed goes onto the card. */
    public void reset() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        char[] pin = newPin == null ? new char[0] : newPin.toCharArray();
        newPin = null;
        try {
            counter.resetAuthPin(reader, pin, request.getRemoteAddr());
            done = true;
        } catch (CounterException e) {
            Messages.error("pinReset:newPin", e.reason().messageKey());
            return;
        }
        try {
            // the panel shows the card as it is now: the tries are back to full
            holder = counter.identify(reader);
        } catch (CounterException e) {
            holder = null;
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

    public CardHolder getHolder() {
        return holder;
    }

    public String getNewPin() {
        return newPin;
    }

    public void setNewPin(String newPin) {
        this.newPin = newPin;
    }

    public boolean isDone() {
        return done;
    }
}
