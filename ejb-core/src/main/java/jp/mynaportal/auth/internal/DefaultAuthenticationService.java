package jp.mynaportal.auth.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.Challenge;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.auth.model.LoginChallenge;
import jp.mynaportal.auth.repository.ChallengeRepository;
import jp.mynaportal.auth.token.AuthToken;
import jp.mynaportal.card.api.AllReadersBusyException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.counter.model.StaffAssignment;
import jp.mynaportal.counter.repository.StaffRepository;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs logins in one transaction each: the challenge is used up (committed even when the login
 * fails, so a replay is caught), the token or card result is validated, and the attempt is logged.
 */
@Stateless
public class DefaultAuthenticationService implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ChallengeRepository challenges;

    @Inject
    private AccountRepository accounts;

    @Inject
    private StaffRepository staff;

    @Inject
    private UsageLogService usage;

    @Inject
    private TokenValidation validation;

    @Inject
    private CardReaderDirectory readers;

    @Override
    public Challenge issueChallenge(String sessionId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Instant now = Instant.now();
        Duration lifetime = challengeLifetime();
        LoginChallenge challenge =
                new LoginChallenge(Base64.getEncoder().encodeToString(random), sessionId, now, lifetime);
        challenges.deleteExpired(now.minus(lifetime));
        challenges.add(challenge);
        return new Challenge(challenge.getNonce(), challenge.getExpiresAt());
    }

    /** {@code mynaportal.auth.challenge-seconds} (tests shorten it), otherwise {@link #CHALLENGE_LIFETIME}. */
    private static Duration challengeLifetime() {
        return ConfigProvider.getConfig()
                .getOptionalValue("mynaportal.auth.challenge-seconds", Long.class)
                .map(Duration::ofSeconds)
                .orElse(CHALLENGE_LIFETIME);
    }

    @Override
    public LoginResult loginWithToken(String sessionId, String challenge, String tokenJson, String terminal) {
        try {
            AuthToken token = AuthToken.parse(tokenJson);
            useChallenge(sessionId, challenge);
            X509Certificate certificate =
                    validation.validator().validate(token, validation.settings().origin(), challenge);
            return succeed(certificate, "token " + terminal);
        } catch (LoginFailedException e) {
            return fail(null, e, "token " + terminal);
        }
    }

    @Override
    public LoginResult loginWithCard(String sessionId, String readerName, char[] pin, String terminal) {
        String where = readerName + " " + terminal;
        String residentId = null;
        try (CardSession card = readers.open(readerName, terminal)) {
            X509Certificate onCard = card.readCertificate(CertificateKind.AUTH);
            residentId =
                    resident(onCard).map(ResidentCertificate::getResidentId).orElse(null);
            if (!PinKind.AUTH.hasFormat(pin)) {
                return logged(residentId, LoginResult.failed(LoginOutcome.PIN_FORMAT), where);
            }
            PinResult check = card.verifyPin(PinKind.AUTH, pin);
            if (check.isBlocked() || (!check.isOk() && check.triesLeft() == 0)) {
                return logged(residentId, LoginResult.failed(LoginOutcome.CARD_LOCKED), where);
            }
            if (!check.isOk()) {
                return logged(residentId, LoginResult.wrongPin(check.triesLeft()), where);
            }
            Challenge challenge = issueChallenge(sessionId);
            String origin = validation.settings().origin();
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(jp.mynaportal.auth.token.TokenValidator.signedData(origin, challenge.nonce()));
            byte[] signature = card.sign(CardKey.AUTH, "SHA-256", digest);
            Base64.Encoder base64 = Base64.getEncoder();
            String token = "{\"format\":\"web-eid:1.0\",\"unverifiedCertificate\":\""
                    + base64.encodeToString(onCard.getEncoded()) + "\",\"algorithm\":\"RS256\",\"signature\":\""
                    + base64.encodeToString(signature) + "\"}";
            useChallenge(sessionId, challenge.nonce());
            X509Certificate certificate =
                    validation.validator().validate(AuthToken.parse(token), origin, challenge.nonce());
            return succeed(certificate, where);
        } catch (LoginFailedException e) {
            return fail(residentId, e, where);
        } catch (ReaderNotEnabledException e) {
            return logged(residentId, LoginResult.failed(LoginOutcome.READER_NOT_ENABLED), where);
        } catch (AllReadersBusyException e) {
            return logged(residentId, LoginResult.failed(LoginOutcome.READERS_BUSY), where);
        } catch (NoCardException e) {
            return logged(residentId, LoginResult.failed(LoginOutcome.NO_CARD), where);
        } catch (CardException e) {
            LOG.warning(() -> "Card login failed at " + readerName + ": " + e.getMessage());
            return logged(residentId, LoginResult.failed(LoginOutcome.CARD_ERROR), where);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 or certificate encoding is not available", e);
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    @Override
    public List<String> cardReaders(String terminal) {
        return readers.names(terminal);
    }

    @Override
    public SignedInUser reload(SignedInUser user) {
        return user(user.residentId(), user.loggedInAt());
    }

    @Override
    public void logout(SignedInUser user, String terminal) {
        usage.record(user.residentId(), UsageAction.LOGOUT, LoginOutcome.SUCCESS.name(), terminal);
    }

    private void useChallenge(String sessionId, String nonce) {
        LoginChallenge challenge = nonce == null ? null : challenges.find(nonce).orElse(null);
        if (challenge == null) {
            throw new LoginFailedException(LoginOutcome.CHALLENGE_UNKNOWN, "challenge never issued");
        }
        Instant now = Instant.now();
        switch (challenge.check(sessionId, now)) {
            case UNKNOWN ->
                throw new LoginFailedException(LoginOutcome.CHALLENGE_UNKNOWN, "challenge of another session");
            case REPLAYED -> throw new LoginFailedException(LoginOutcome.CHALLENGE_REPLAYED, "challenge used before");
            case EXPIRED -> throw new LoginFailedException(LoginOutcome.CHALLENGE_EXPIRED, "challenge expired");
            case ACCEPTED -> {
                if (!challenges.markUsed(nonce, now)) {
                    throw new LoginFailedException(LoginOutcome.CHALLENGE_REPLAYED, "challenge used concurrently");
                }
            }
        }
    }

    private Optional<ResidentCertificate> resident(X509Certificate certificate) {
        return accounts.findCertificate(
                ResidentCertificate.reference(certificate.getIssuerX500Principal(), certificate.getSerialNumber()));
    }

    private LoginResult succeed(X509Certificate certificate, String where) {
        ResidentCertificate owner = resident(certificate)
                .orElseThrow(
                        () -> new LoginFailedException(LoginOutcome.RESIDENT_UNKNOWN, "certificate of nobody known"));
        return logged(owner.getResidentId(), LoginResult.success(user(owner.getResidentId(), Instant.now())), where);
    }

    private SignedInUser user(String residentId, Instant loggedInAt) {
        String nickname =
                accounts.findAccount(residentId).map(UserAccount::getNickname).orElse(null);
        List<String> municipalities = staff.findByResident(residentId).stream()
                .map(StaffAssignment::getLgCode)
                .distinct()
                .toList();
        return new SignedInUser(residentId, nickname, municipalities, loggedInAt);
    }

    private LoginResult fail(String residentId, LoginFailedException e, String where) {
        LOG.info(() -> "Login refused: " + e.getMessage());
        return logged(residentId, LoginResult.failed(e.outcome()), where);
    }

    private LoginResult logged(String residentId, LoginResult result, String where) {
        usage.record(residentId, UsageAction.LOGIN, result.outcome().name(), where);
        return result;
    }
}
