package jp.mynaportal.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** 利用者登録 after the first login with a certificate. */
public interface AccountService {

    /**
     * Registers the caller (a card holder who logged in). The caller becomes a resident at their
     * next authentication ({@link jp.mynaportal.auth.AuthenticationService#renewTicket}).
     *
     * @return the registered nickname
     * @throws AccountException if the caller is registered already
     */
    String register(@NotNull @Valid Registration registration, String terminal);
}
