package jp.mynaportal.account.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;

/** Stores a registration once per resident and logs it. */
@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UsageLogService usage;

    @Override
    public SignedInUser register(SignedInUser user, Registration registration, String terminal) {
        if (accounts.findAccount(user.residentId()).isPresent()) {
            throw new AccountException("account.registration.exists");
        }
        String email =
                registration.getEmail() == null || registration.getEmail().isBlank()
                        ? null
                        : registration.getEmail().trim();
        String nickname = registration.getNickname().strip();
        accounts.addAccount(new UserAccount(user.residentId(), nickname, email, Instant.now()));
        usage.record(user.residentId(), UsageAction.REGISTRATION, "SUCCESS", terminal);
        return user.withNickname(nickname);
    }
}
