package jp.mynaportal.connect.internal;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.connect.AuthorizationCheck;
import jp.mynaportal.connect.ConnectService;
import jp.mynaportal.connect.ConsentPrompt;
import jp.mynaportal.connect.PendingAuthorization;
import jp.mynaportal.connect.SiteClaim;
import jp.mynaportal.connect.SiteView;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * The resident's side of the OpenID Provider. A request is checked before anybody logs in (unknown
 * sites and unregistered redirect URIs are refused on the portal's page, everything else is
 * answered to the site); the consent, the single-use code and つなぐのをやめる belong to the
 * resident themselves, as the access policy decides (never a 代理人). Connecting and disconnecting
 * are in 利用履歴, in the same transaction.
 */
@Stateless
public class DefaultConnectService implements ConnectService {

    @Inject
    private RelyingSites sites;

    @Inject
    private ConnectRepository store;

    @Inject
    private PairwiseSubjects subjects;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Inject
    private UsageRecorder usage;

    private final ConnectSettings settings = ConnectSettings.fromConfig();
    private final Clock clock = Clock.systemUTC();

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public List<SiteView> sites() {
        Subject subject = subject(Operation.READ);
        Map<String, SiteConsent> consents = store.activeConsents(subject.residentId()).stream()
                .collect(Collectors.toMap(SiteConsent::getClientId, c -> c, (newer, older) -> newer));
        List<SiteView> views = new ArrayList<>();
        for (RelyingSite site : sites.all()) {
            SiteConsent consent = consents.get(site.clientId());
            views.add(new SiteView(
                    site.clientId(),
                    site.name(),
                    site.description(),
                    site.claims(),
                    site.startUrl().toString(),
                    site.notices(),
                    consent == null ? null : consent.getGrantedAt(),
                    consent == null ? List.of() : claims(consent.getClaims()),
                    consent != null && consent.isNotices()));
        }
        return views;
    }

    @Override
    @PermitAll
    public AuthorizationCheck check(Map<String, List<String>> parameters) {
        Optional<RelyingSite> found = sites.find(single(parameters, "client_id"));
        if (found.isEmpty()) {
            return new AuthorizationCheck.Refused(AuthorizationCheck.Reason.UNKNOWN_SITE);
        }
        RelyingSite site = found.get();
        String redirect = single(parameters, "redirect_uri");
        if (redirect == null || !site.redirectUris().contains(redirect)) {
            return new AuthorizationCheck.Refused(AuthorizationCheck.Reason.WRONG_REDIRECT_URI);
        }
        String stateValue = single(parameters, "state");
        State state = stateValue == null ? null : new State(stateValue);
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(parameters);
        } catch (ParseException e) {
            ErrorObject error = e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject();
            return error(redirect, state, error.setDescription(e.getMessage()));
        }
        if (!ResponseType.CODE.equals(request.getResponseType())) {
            return error(redirect, state, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE);
        }
        if (request.getResponseMode() != null && !ResponseMode.QUERY.equals(request.getResponseMode())) {
            return error(redirect, state, OAuth2Error.INVALID_REQUEST.setDescription("response_mode must be query"));
        }
        if (request.getCodeChallenge() == null) {
            return error(redirect, state, OAuth2Error.INVALID_REQUEST.setDescription("PKCE code_challenge required"));
        }
        if (!CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            return error(
                    redirect, state, OAuth2Error.INVALID_REQUEST.setDescription("code_challenge_method must be S256"));
        }
        if (!request.getCodeChallenge().getValue().matches("[A-Za-z0-9_-]{43}")) {
            return error(redirect, state, OAuth2Error.INVALID_REQUEST.setDescription("code_challenge is not S256"));
        }
        if (request.getNonce() == null || request.getNonce().getValue().length() > 255) {
            return error(redirect, state, OAuth2Error.INVALID_REQUEST.setDescription("nonce required"));
        }
        Set<SiteClaim> asked = SiteClaim.askedBy(Set.copyOf(request.getScope().toStringList()));
        List<SiteClaim> claims = site.claims().stream().filter(asked::contains).toList();
        return new AuthorizationCheck.Accepted(
                new PendingAuthorization(
                        site.clientId(),
                        redirect,
                        stateValue,
                        request.getNonce().getValue(),
                        request.getCodeChallenge().getValue(),
                        claims),
                site.name());
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public ConsentPrompt prompt(PendingAuthorization pending) {
        Subject subject = subject(Operation.READ);
        RelyingSite site = site(pending);
        boolean consented = active(subject.residentId(), site.clientId())
                .filter(c -> c.getClaims().containsAll(names(pending.claims())))
                .isPresent();
        return new ConsentPrompt(site.name(), site.description(), pending.claims(), site.notices(), consented);
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public String approve(PendingAuthorization pending, boolean notices, String terminal) {
        Subject subject = subject(Operation.WRITE);
        RelyingSite site = site(pending);
        Instant now = clock.instant();
        String residentId = subject.residentId();
        SiteConsent consent = active(residentId, site.clientId())
                .filter(c -> c.getClaims().containsAll(names(pending.claims())))
                .orElse(null);
        if (consent == null) {
            active(residentId, site.clientId()).ifPresent(earlier -> revoke(earlier, now));
            consent = new SiteConsent(
                    site.clientId(), residentId, names(pending.claims()), notices && site.notices(), now);
            store.addConsent(consent);
            usage.byCaller(UsageAction.SITE_CONNECTED, site.clientId(), terminal);
        }
        subjects.of(site.clientId(), residentId, now);
        String code = Secrets.random();
        store.addCode(new jp.mynaportal.connect.model.AuthorizationCode(
                Secrets.sha256(code),
                site.clientId(),
                residentId,
                consent.getId(),
                new jp.mynaportal.connect.model.AuthorizationCode.Request(
                        pending.redirectUri(), pending.codeChallenge(), pending.nonce(), names(pending.claims())),
                now,
                now.plus(settings.codeLifetime())));
        return new AuthenticationSuccessResponse(
                        URI.create(pending.redirectUri()),
                        new AuthorizationCode(code),
                        null,
                        null,
                        state(pending),
                        null,
                        ResponseMode.QUERY)
                .toURI()
                .toString();
    }

    @Override
    @RolesAllowed({Roles.RESIDENT, Roles.PROXY})
    public String decline(PendingAuthorization pending) {
        site(pending);
        return new AuthenticationErrorResponse(
                        URI.create(pending.redirectUri()),
                        OAuth2Error.ACCESS_DENIED,
                        state(pending),
                        ResponseMode.QUERY)
                .toURI()
                .toString();
    }

    @Override
    @RolesAllowed(Roles.RESIDENT)
    public void disconnect(String clientId, String terminal) {
        Subject subject = subject(Operation.WRITE);
        Instant now = clock.instant();
        List<SiteConsent> consents = store.activeConsents(subject.residentId()).stream()
                .filter(c -> c.getClientId().equals(clientId))
                .toList();
        if (consents.isEmpty()) {
            return;
        }
        consents.forEach(c -> revoke(c, now));
        usage.byCaller(UsageAction.SITE_DISCONNECTED, clientId, terminal);
    }

    private void revoke(SiteConsent consent, Instant now) {
        consent.revoke(now);
        store.revokeTokensOfConsent(consent.getId(), now);
    }

    /** The caller's own data in もっとつながる, as the access policy allows. */
    private Subject subject(Operation operation) {
        Actor actor = caller.actor();
        Subject subject = actor.self(null);
        policy.require(actor, subject, PortalService.CONNECTED_SITES, operation);
        return subject;
    }

    private RelyingSite site(PendingAuthorization pending) {
        RelyingSite site = sites.find(pending.clientId())
                .orElseThrow(() -> new IllegalArgumentException("The site is no longer registered"));
        if (!site.redirectUris().contains(pending.redirectUri())) {
            throw new IllegalArgumentException("The redirect URI is no longer registered");
        }
        return site;
    }

    private Optional<SiteConsent> active(String residentId, String clientId) {
        return store.activeConsents(residentId).stream()
                .filter(c -> c.getClientId().equals(clientId))
                .findFirst();
    }

    private static State state(PendingAuthorization pending) {
        return pending.state() == null ? null : new State(pending.state());
    }

    private static AuthorizationCheck error(String redirect, State state, ErrorObject error) {
        return new AuthorizationCheck.ErrorRedirect(
                new AuthenticationErrorResponse(URI.create(redirect), error, state, ResponseMode.QUERY)
                        .toURI()
                        .toString(),
                error.getCode());
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static List<String> names(List<SiteClaim> claims) {
        return claims.stream().map(SiteClaim::claim).toList();
    }

    private static List<SiteClaim> claims(List<String> names) {
        List<SiteClaim> claims = new ArrayList<>();
        EnumSet.allOf(SiteClaim.class).stream()
                .filter(c -> names.contains(c.claim()))
                .forEach(claims::add);
        return claims;
    }
}
