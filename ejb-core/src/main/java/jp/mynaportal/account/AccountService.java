package jp.mynaportal.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.mynaportal.auth.SignedInUser;

/** 利用者登録 after the first login with a certificate. */
public interface AccountService {

    /**
     * Registers the logged-in resident.
     *
     * @return the user with the nickname set
     * @throws AccountException if the resident is registered already
     */
    SignedInUser register(@NotNull SignedInUser user, @NotNull @Valid Registration registration, String terminal);
}
