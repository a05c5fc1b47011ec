package jp.mynaportal.counter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * 新しいパスワードの入力, the resident's screen on the counter terminal: the resident types the new
 * 4-digit password twice into the entry a staff member opened ({@code ?entry=…}); a wrong entry is
 * told beside its field and can be typed again, an entry that ended sends the staff member back.
 */
@Named
@ViewScoped
public class PinEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CounterService counter;

    private String entry;
    private String newPin;
    private String repeated;
    private boolean done;
    private boolean ended;

    /** 設定する: the resident's new password goes onto the card. */
    public void complete() {
        char[] pin = newPin == null ? new char[0] : newPin.toCharArray();
        char[] again = repeated == null ? new char[0] : repeated.toCharArray();
        newPin = null;
        repeated = null;
        try {
            counter.completeAuthPinReset(entry, pin, again, ClientAddress.current());
            done = true;
        } catch (CounterException e) {
            switch (e.reason()) {
                case PIN_FORMAT -> Messages.error("pinEntry:newPin", e.reason().messageKey());
                case PIN_MISMATCH ->
                    Messages.error("pinEntry:repeated", e.reason().messageKey());
                default -> {
                    ended = true;
                    Messages.error(null, e.reason().messageKey());
                }
            }
        }
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
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

    /** The entry cannot be used any more (expired, used, the card changed): back to the staff member. */
    public boolean isEnded() {
        return ended;
    }
}
