package jp.mynaportal.application;

import java.io.Serializable;
import java.util.List;

/** An application as municipal staff examine it: the form, its history and the signature check. */
public record StaffApplication(
        ApplicationForm form, String applicantName, List<StatusChange> history, SignatureReport signature)
        implements Serializable {

    public StaffApplication {
        history = List.copyOf(history);
    }
}
