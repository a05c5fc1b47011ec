package jp.mynaportal.counter.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.counter.CardHolder;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.counter.PinEntry;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * 暗証番号の再設定 at the counter, the staff member's screen: choose the reader with the resident's
 * card, see whose it is, and open the resident's own entry screen ({@link PinEntryView}), where the
 * resident types the new 4-digit password; the staff member never does.
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

    @PostConstruct
    void init() {
        readers = authentication.cardReaders(ClientAddress.current());
    }

    /** カードを確認: whose card is on the reader, and whether this staff member may serve them. */
    public void identify() {
        holder = null;
        try {
            holder = counter.identify(reader);
        } catch (CounterException e) {
            Messages.error("pinReset:reader", e.reason().messageKey());
        }
    }

    /**
     * 住民の方の入力へ: opens the resident's own entry of the new password on this terminal and shows
     * its screen; the staff member never types the password.
     */
    public String begin() {
        try {
            PinEntry entry = counter.startAuthPinReset(reader, ClientAddress.current());
            return "/counter/pin-entry.xhtml?faces-redirect=true&entry=" + entry.handle();
        } catch (CounterException e) {
            Messages.error("pinReset:reader", e.reason().messageKey());
            return null;
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
}
