package jp.mynaportal.account.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.Registration;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.agency.AgencyLinkService;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Stores a registration once per resident (the caller, for their own data), gives the resident a
 * link code with every registered agency, and logs it.
 */
@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UsageRecorder usage;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AgencyLinkService agencyLinks;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed({Roles.REGISTRANT, Roles.RESIDENT})
    public String register(Registration registration, String terminal) {
        Actor actor = caller.actor();
        policy.require(actor, actor.self(null), PortalService.ACCOUNT, Operation.WRITE);
        if (accounts.findAccount(actor.residentId()).isPresent()) {
            throw new AccountException("account.registration.exists");
        }
        String email =
                registration.getEmail() == null || registration.getEmail().isBlank()
                        ? null
                        : registration.getEmail().trim();
        String nickname = registration.getNickname().strip();
        accounts.addAccount(new UserAccount(actor.residentId(), nickname, email, Instant.now()));
        agencyLinks.linkWithEveryAgency(actor.residentId());
        usage.byCaller(UsageAction.REGISTRATION, "SUCCESS", terminal);
        return nickname;
    }
}
