package jp.mynaportal.auth.internal;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.ProxyMandates;
import jp.mynaportal.access.Roles;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.auth.CertificateHolders;
import jp.mynaportal.auth.Challenge;
import jp.mynaportal.auth.LoginFailedException;
import jp.mynaportal.auth.LoginIdentity;
import jp.mynaportal.auth.LoginObserver;
import jp.mynaportal.auth.LoginOutcome;
import jp.mynaportal.auth.LoginResult;
import jp.mynaportal.auth.StaffMemberships;
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
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.platform.card.ReaderNotEnabledException;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs logins in one transaction each: the challenge is used up (committed even when the login
 * fails, so a replay is caught), the token or card result is validated, and the attempt is logged.
 * Logging in is open to anyone; a success yields a login ticket, never the identity itself.
 */
@Stateless
@DeclareRoles({Roles.RESIDENT, Roles.REGISTRANT, Roles.STAFF, Roles.PROXY, Roles.AGENCY})
public class DefaultAuthenticationService implements AuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Expired challenges are deleted at most every 10 seconds, not with every challenge. */
    private static final PeriodicSweep EXPIRED_CHALLENGES = new PeriodicSweep(Duration.ofSeconds(10));

    @Inject
    private ChallengeRepository challenges;

    @Inject
    private CertificateHolders holders;

    @Inject
    private StaffMemberships staff;

    @Inject
    private UsageRecorder usage;

    @Inject
    private TokenValidation validation;

    @Inject
    private CardReaderDirectory readers;

    @Inject
    private LoginTickets tickets;

    @Inject
    private CurrentCaller caller;

    @Inject
    private Instance<LoginObserver> loginObservers;

    @Inject
    private Instance<ProxyMandates> proxies;

    @Inject
    private LoginSessions sessions;

    @Override
    @PermitAll
    public Challenge issueChallenge(String sessionId) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Instant now = Instant.now();
        Duration lifetime = challengeLifetime();
        LoginChallenge challenge =
                new LoginChallenge(Base64.getEncoder().encodeToString(random), sessionId, now, lifetime);
        if (EXPIRED_CHALLENGES.due(now)) {
            challenges.deleteExpired(now.minus(lifetime));
        }
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
    @PermitAll
    public LoginResult loginWithToken(String sessionId, String challenge, String tokenJson, String terminal) {
        return tokenLogin(sessionId, challenge, tokenJson, terminal, false);
    }

    @Override
    @PermitAll
    public LoginResult openSessionWithToken(String sessionId, String challenge, String tokenJson, String terminal) {
        return tokenLogin(sessionId, challenge, tokenJson, terminal, true);
    }

    private LoginResult tokenLogin(
            String sessionId, String challenge, String tokenJson, String terminal, boolean openSession) {
        try {
            AuthToken token = AuthToken.parse(tokenJson);
            useChallenge(sessionId, challenge);
            X509Certificate certificate =
                    validation.validator().validate(token, validation.settings().origin(), challenge);
            return succeed(certificate, "token " + terminal, LoginObserver.Method.TOKEN, openSession);
        } catch (LoginFailedException e) {
            return fail(null, e, "token " + terminal);
        }
    }

    @Override
    @PermitAll
    public LoginResult loginWithCard(String sessionId, String readerName, char[] pin, String terminal) {
        String where = readerName + " " + terminal;
        String residentId = null;
        try (CardSession card = readers.open(readerName, terminal)) {
            X509Certificate onCard = card.readCertificate(CertificateKind.AUTH);
            residentId = holders.residentOf(onCard).orElse(null);
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
            return succeed(certificate, where, LoginObserver.Method.CARD_READER, false);
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
    @PermitAll
    public List<String> cardReaders(String terminal) {
        return readers.names(terminal);
    }

    @Override
    @PermitAll
    public Optional<LoginIdentity> redeem(String ticket) {
        return tickets.redeem(ticket)
                .map(holder -> holder.opened() != null
                        ? holder.opened()
                        : identity(holder).inSession(sessions.open(holder.residentId())));
    }

    /** A 代理人's ticket names the resident they act for, while a live registration lets them. */
    private LoginIdentity identity(LoginTickets.Holder holder) {
        LoginIdentity own = identity(holder.residentId(), holder.certificate());
        if (holder.actingFor() == null) {
            return own;
        }
        Optional<ProxyMandates.Mandate> mandate = proxies.isUnsatisfied()
                ? Optional.empty()
                : proxies.get().actsFor(holder.residentId(), holder.actingFor(), Instant.now());
        if (mandate.isEmpty() || own.nickname() == null) {
            return own;
        }
        return new LoginIdentity(
                own.residentId(),
                own.nickname(),
                Set.of(Roles.PROXY),
                List.of(),
                holder.actingFor(),
                mandate.get().residentName(),
                mandate.get().scopes(),
                null,
                null);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.REGISTRANT, Roles.STAFF, Roles.PROXY})
    public String renewTicket() {
        return tickets.issue(caller.actor().residentId());
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public String proxyTicket(long registrationId, String terminal) {
        Actor actor = caller.actor();
        String residentId = proxies.isUnsatisfied()
                ? null
                : proxies.get()
                        .residentOf(actor.residentId(), registrationId, Instant.now())
                        .orElse(null);
        if (residentId == null) {
            throw new AccessDeniedException("no live proxy registration of the caller's");
        }
        String ticket = tickets.issueActingFor(actor.residentId(), residentId);
        usage.byCaller(UsageAction.PROXY_ACTING_STARTED, LoginOutcome.SUCCESS.name(), terminal);
        return ticket;
    }

    @Override
    @PermitAll
    public boolean certificateRevoked(String sessionToken, String certificate, String terminal) {
        if (certificate == null) {
            return false;
        }
        X509Certificate parsed;
        try {
            parsed = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new java.io.ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.warning("A session's login certificate could not be read; the session ends");
            ended(sessionToken, LoginOutcome.CERTIFICATE_UNREADABLE.name(), terminal);
            return true;
        }
        try {
            validation.validator().certificates().validate(parsed);
            return false;
        } catch (LoginFailedException e) {
            if (e.outcome() == LoginOutcome.REVOCATION_UNAVAILABLE) {
                return false;
            }
            LOG.info(() -> "A session ends, its login certificate is refused now: " + e.outcome());
            ended(sessionToken, e.outcome().name(), terminal);
            return true;
        }
    }

    /** Records the end of the session a token names, for the resident whose login opened it. */
    private void ended(String sessionToken, String reason, String terminal) {
        sessions.end(sessionToken, reason)
                .ifPresent(residentId -> usage.authentication(residentId, UsageAction.LOGOUT, reason, terminal));
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.REGISTRANT, Roles.STAFF, Roles.PROXY})
    public void logout(String terminal) {
        usage.byCaller(UsageAction.LOGOUT, LoginOutcome.SUCCESS.name(), terminal);
    }

    @Override
    @PermitAll
    public void sessionExpired(String sessionToken, String terminal) {
        ended(sessionToken, "SESSION_EXPIRED", terminal);
    }

    /**
     * Uses the challenge in one statement when it may be used; only a refused challenge is read, to
     * say why (never issued, another session's, used before, expired).
     */
    private void useChallenge(String sessionId, String nonce) {
        Instant now = Instant.now();
        if (nonce != null && challenges.use(nonce, sessionId, now)) {
            return;
        }
        LoginChallenge challenge = nonce == null ? null : challenges.find(nonce).orElse(null);
        if (challenge == null) {
            throw new LoginFailedException(LoginOutcome.CHALLENGE_UNKNOWN, "challenge never issued");
        }
        switch (challenge.check(sessionId, now)) {
            case UNKNOWN ->
                throw new LoginFailedException(LoginOutcome.CHALLENGE_UNKNOWN, "challenge of another session");
            case REPLAYED -> throw new LoginFailedException(LoginOutcome.CHALLENGE_REPLAYED, "challenge used before");
            case EXPIRED -> throw new LoginFailedException(LoginOutcome.CHALLENGE_EXPIRED, "challenge expired");
            case ACCEPTED ->
                throw new LoginFailedException(LoginOutcome.CHALLENGE_REPLAYED, "challenge used concurrently");
        }
    }

    /**
     * The certificate's holder is logged in: observers told, a ticket issued and the attempt logged.
     * With {@code openSession} the login's session is opened here too (its identity read and its
     * row written in the login's transaction), and the ticket carries it, so that redeeming the
     * ticket needs no transaction of its own.
     */
    private LoginResult succeed(
            X509Certificate certificate, String where, LoginObserver.Method method, boolean openSession) {
        String owner = holders.residentOf(certificate)
                .orElseThrow(
                        () -> new LoginFailedException(LoginOutcome.RESIDENT_UNKNOWN, "certificate of nobody known"));
        Instant at = Instant.now();
        loginObservers.forEach(o -> o.loggedIn(owner, method, at));
        String encoded;
        try {
            encoded = Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("A validated certificate cannot be encoded", e);
        }
        String ticket = openSession
                ? tickets.issueOpened(identity(owner, encoded).inSession(sessions.open(owner)))
                : tickets.issue(owner, encoded);
        return logged(owner, LoginResult.success(ticket), where);
    }

    /** Before 利用者登録 only {@link Roles#REGISTRANT}; afterwards a resident, and staff where assigned. */
    private LoginIdentity identity(String residentId, String certificate) {
        String nickname = holders.nickname(residentId).orElse(null);
        List<String> municipalities = staff.municipalitiesOf(residentId);
        Set<String> groups = new TreeSet<>();
        if (nickname == null) {
            groups.add(Roles.REGISTRANT);
        } else {
            groups.add(Roles.RESIDENT);
            if (!municipalities.isEmpty()) {
                groups.add(Roles.STAFF);
            }
        }
        return new LoginIdentity(residentId, nickname, groups, municipalities, certificate);
    }

    private LoginResult fail(String residentId, LoginFailedException e, String where) {
        LOG.info(() -> "Login refused: " + e.getMessage());
        return logged(residentId, LoginResult.failed(e.outcome()), where);
    }

    private LoginResult logged(String residentId, LoginResult result, String where) {
        usage.authentication(residentId, UsageAction.LOGIN, result.outcome().name(), where);
        return result;
    }
}
