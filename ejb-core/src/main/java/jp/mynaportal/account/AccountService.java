package jp.mynaportal.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** 利用者登録 after the first login with a certificate, 利用者登録変更 and 利用者登録の削除. */
public interface AccountService {

    /**
     * Registers the caller (a card holder who logged in). The caller becomes a resident at their
     * next authentication ({@link jp.mynaportal.auth.AuthenticationService#renewTicket}).
     *
     * @return the registered nickname
     * @throws AccountException if the caller is registered already
     */
    String register(@NotNull @Valid Registration registration, String terminal);

    /** The caller's registration as it is now. */
    AccountSettings settings();

    /**
     * 利用者登録変更 (確認 → 完了): stores the nickname and the mail choices at once; a new e-mail
     * address gets a confirmation link (single use, 24 hours) and is used only once it is opened.
     *
     * @param language the language of the caller's mails ({@code ja} or {@code en})
     * @return whether a confirmation link was sent to a new address
     */
    boolean change(@NotNull @Valid AccountChange change, String language, String terminal);

    /** Opens a confirmation link: the new address is used from now on, if the link is valid. */
    EmailConfirmation confirmEmail(String token, String terminal);

    /**
     * 利用者登録の削除: the caller's registration and personal notices are removed; the 利用履歴
     * keeps its entries, one more saying so. The caller becomes a card holder without registration.
     */
    void delete(String terminal);
}
