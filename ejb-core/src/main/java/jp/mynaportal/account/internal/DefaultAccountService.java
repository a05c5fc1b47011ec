package jp.mynaportal.account.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.account.AccountChange;
import jp.mynaportal.account.AccountClosing;
import jp.mynaportal.account.AccountException;
import jp.mynaportal.account.AccountService;
import jp.mynaportal.account.AccountSettings;
import jp.mynaportal.account.EmailConfirmation;
import jp.mynaportal.account.Registration;
import jp.mynaportal.account.model.EmailChange;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.agency.AgencyLinks;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * 利用者登録 once per resident (giving the resident a link code with every registered agency), its
 * changes and its deletion, each for the caller's own data as the access policy allows, logged in
 * the usage log and told by mail in the same transaction.
 */
@Stateless
public class DefaultAccountService implements AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private AccountRepository accounts;

    @Inject
    private Instance<AccountClosing> closings;

    @Inject
    private UsageRecorder usage;

    @Inject
    private MailOutbox mail;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AgencyLinks agencyLinks;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

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

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public AccountSettings settings() {
        UserAccount account = ownAccount(Operation.READ);
        return new AccountSettings(
                account.getNickname(), account.getEmail(), account.isLoginMail(), account.isNoticeMail(), null, null);
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public boolean change(AccountChange change, String language, String terminal) {
        UserAccount account = ownAccount(Operation.WRITE);
        String lang = "en".equals(language) ? "en" : "ja";
        account.change(change.getNickname().strip(), change.isLoginMail(), change.isNoticeMail(), lang);
        String newEmail = change.getEmail() == null || change.getEmail().isBlank()
                ? null
                : change.getEmail().strip();
        Instant now = clock.instant();
        boolean confirmationSent = false;
        if (newEmail != null && !newEmail.equalsIgnoreCase(Objects.toString(account.getEmail(), ""))) {
            String token = newToken();
            EmailChange pending = new EmailChange(sha256(token), account.getResidentId(), newEmail, now);
            accounts.addEmailChange(pending);
            mail.enqueue(
                    MailKind.EMAIL_CONFIRMATION,
                    newEmail,
                    lang,
                    List.of(
                            mail.portalUrl() + "/account/confirm-email.xhtml?token=" + token,
                            japanTime(pending.getExpiresAt(), lang)));
            confirmationSent = true;
        }
        if (account.getEmail() != null) {
            mail.enqueue(
                    MailKind.ACCOUNT_CHANGED,
                    account.getEmail(),
                    lang,
                    List.of(japanTime(now, lang), mail.portalUrl()));
        }
        usage.byCaller(UsageAction.ACCOUNT_CHANGED, "SUCCESS", terminal);
        return confirmationSent;
    }

    @Override
    @PermitAll
    public EmailConfirmation confirmEmail(String token, String terminal) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return EmailConfirmation.UNKNOWN;
        }
        EmailChange pending = accounts.lockEmailChange(sha256(token)).orElse(null);
        if (pending == null) {
            return EmailConfirmation.UNKNOWN;
        }
        Instant now = clock.instant();
        if (!pending.isUsableAt(now)) {
            return EmailConfirmation.EXPIRED;
        }
        UserAccount account = accounts.findAccount(pending.getResidentId()).orElse(null);
        if (account == null) {
            return EmailConfirmation.UNKNOWN;
        }
        pending.use(now);
        account.confirmEmail(pending.getNewEmail());
        if (caller.find()
                .filter(a -> a.residentId().equals(account.getResidentId()))
                .isPresent()) {
            usage.byCaller(UsageAction.EMAIL_CONFIRMED, "SUCCESS", terminal);
        } else {
            // the link may be opened without a login: it proves the resident's mailbox as a login proves the card
            usage.authentication(account.getResidentId(), UsageAction.EMAIL_CONFIRMED, "SUCCESS", terminal);
        }
        return EmailConfirmation.CONFIRMED;
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public void delete(String terminal) {
        UserAccount account = ownAccount(Operation.WRITE);
        String residentId = account.getResidentId();
        if (account.getEmail() != null) {
            mail.enqueue(
                    MailKind.ACCOUNT_DELETED,
                    account.getEmail(),
                    account.getMailLanguage(),
                    List.of(japanTime(clock.instant(), account.getMailLanguage())));
        }
        closings.forEach(c -> c.accountClosed(residentId));
        accounts.removeAccount(residentId);
        usage.byCaller(UsageAction.ACCOUNT_DELETED, "SUCCESS", terminal);
    }

    private UserAccount ownAccount(Operation operation) {
        Actor actor = caller.actor();
        policy.require(actor, actor.self(null), PortalService.ACCOUNT, operation);
        return accounts.findAccount(actor.residentId())
                .orElseThrow(() -> new AccountException("account.registration.missing"));
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String japanTime(Instant at, String language) {
        DateTimeFormatter format = "en".equals(language)
                ? DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'JST'", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("uuuu年M月d日 H時mm分", Locale.JAPANESE);
        return format.format(at.atZone(JAPAN));
    }
}
