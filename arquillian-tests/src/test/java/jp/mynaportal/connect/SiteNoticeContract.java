package jp.mynaportal.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.notice.InboxNotice;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeQuery;
import jp.mynaportal.notice.NoticeReadState;
import jp.mynaportal.notice.NoticeRefusedException;
import jp.mynaportal.notice.NoticeService;
import jp.mynaportal.notice.NoticeSource;
import jp.mynaportal.support.Callers;
import jp.mynaportal.usage.UsageEvent;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 外部サイトへのお知らせ情報提供 in the container: each test registers sites of its own (private_key_jwt,
 * お知らせ allowed by the operator), has yuki connect them through the service as the consent
 * screen does, and calls the site's API as the site would, with client assertions it signs with
 * its own key. Delivered with consent, refused without it, after つなぐのをやめる and after the
 * consent is withdrawn on もっとつながる, refused for another site's subject, the read state visible
 * to the site, and assertions that are not the site's refused.
 */
public abstract class SiteNoticeContract {

    private static final String ISSUER = ConnectServiceContract.ISSUER;
    private static final String AUDIENCE = ISSUER + SiteNoticeService.PATH;

    private ConnectService connect;
    private NoticeSharingService sharing;
    private SiteNoticeService siteNotices;
    private NoticeService notices;
    private ConnectRepository store;
    private Site site;

    /** A registered site with its signing key. */
    public record Site(String clientId, RSAKey key) {}

    @BeforeEach
    void lookUp() throws Exception {
        connect = CDI.current().select(ConnectService.class).get();
        sharing = CDI.current().select(NoticeSharingService.class).get();
        siteNotices = CDI.current().select(SiteNoticeService.class).get();
        notices = CDI.current().select(NoticeService.class).get();
        store = CDI.current().select(ConnectRepository.class).get();
        site = site();
    }

    /** A site of the test's own that delivers お知らせ (private_key_jwt), registered as the operator does. */
    public static Site site() throws Exception {
        String clientId = "notices-" + UUID.randomUUID();
        RSAKey key = new RSAKeyGenerator(2048).keyID("k-" + clientId).generate();
        ConnectServiceContract.register(
                clientId, "https://site.test/" + clientId + "/cb", "private_key_jwt", null, new JWKSet(key));
        return new Site(clientId, key);
    }

    /** Yuki connects the site through the consent screen's service calls; her pairwise subject at the site. */
    static String connectYuki(ConnectService connect, ConnectRepository store, Site site, boolean notices) {
        String yuki = Callers.logInRegistered("yuki", "3456", "ゆき");
        connectCaller(site, notices);
        return store.findSubject(site.clientId(), yuki).orElseThrow().getSubject();
    }

    /**
     * The logged-in resident connects the site through the consent screen's service calls (つなぐ,
     * allowing its お知らせ or not), as the authorization request of the site starts it.
     */
    public static void connectCaller(Site site, boolean notices) {
        ConnectService connect = CDI.current().select(ConnectService.class).get();
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope("openid", "profile"),
                        new ClientID(site.clientId()),
                        URI.create("https://site.test/" + site.clientId() + "/cb"))
                .state(new State())
                .nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                .build();
        AuthorizationCheck check = connect.check(request.toParameters());
        assertThat(check).isInstanceOf(AuthorizationCheck.Accepted.class);
        connect.approve(((AuthorizationCheck.Accepted) check).pending(), notices, "127.0.0.1");
    }

    /** A client assertion of the site, for an audience. */
    static String assertion(Site site, String audience) throws Exception {
        return new PrivateKeyJWT(
                        new ClientID(site.clientId()),
                        URI.create(audience),
                        JWSAlgorithm.RS256,
                        site.key().toRSAPrivateKey(),
                        site.key().getKeyID(),
                        null)
                .getClientAssertion()
                .serialize();
    }

    static NoticeOrder order(String title) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        return new NoticeOrder(title, "本文 " + title, today, today.plusDays(14), "https://site.test/info", null, null);
    }

    private long deliver(Site from, String subject, String title) throws Exception {
        return siteNotices.deliver(assertion(from, AUDIENCE), ISSUER, subject, order(title));
    }

    private List<InboxNotice> yukisSiteNotices() {
        Callers.logInRegistered("yuki", "3456", "ゆき");
        return notices.inbox(NoticeQuery.current()).stream()
                .filter(n -> n.source() == NoticeSource.SITE)
                .toList();
    }

    private static SiteNoticeRefusal.Reason reason(Throwable e) {
        return ((SiteNoticeRefusal) e).reason();
    }

    @Test
    void aSiteDeliversANoticeToAResidentWhoAllowedItsNotices() throws Exception {
        String subject = connectYuki(connect, store, site, true);

        long id = deliver(site, subject, "サイトからのお知らせ " + site.clientId());

        assertThat(yukisSiteNotices()).anySatisfy(n -> {
            assertThat(n.ref()).isEqualTo("b" + id);
            assertThat(n.title()).isEqualTo("サイトからのお知らせ " + site.clientId());
            assertThat(n.senderCode()).isEqualTo(site.clientId());
            assertThat(n.read()).isFalse();
        });
    }

    @Test
    void aDeliveredNoticeIsInTheResidentsUsageHistoryWithTheSite() throws Exception {
        String subject = connectYuki(connect, store, site, true);

        deliver(site, subject, "利用履歴に残るお知らせ");

        Callers.logInRegistered("yuki", "3456", "ゆき");
        assertThat(CDI.current().select(UsageLogService.class).get().recent(20))
                .filteredOn(e -> e.action() == UsageAction.NOTICE_FROM_SITE)
                .filteredOn(e -> site.clientId().equals(e.result()))
                .singleElement()
                .satisfies(e -> assertThat(e.purpose()).isEqualTo(UsageEvent.PURPOSE_CONNECTED_SITE));
    }

    @Test
    void aSiteWhoseNoticesTheResidentDidNotAllowIsRefused() throws Exception {
        String subject = connectYuki(connect, store, site, false);

        assertThatThrownBy(() -> deliver(site, subject, "許可なし"))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.NOT_ALLOWED));
    }

    @Test
    void aDisconnectedSiteIsRefused() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        connect.disconnect(site.clientId(), "127.0.0.1");

        assertThatThrownBy(() -> deliver(site, subject, "解除後"))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.NOT_ALLOWED));
    }

    @Test
    void withdrawingTheConsentOnTheSitesPageStopsTheNoticesAndGivingItAgainResumesThem() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        sharing.allow(site.clientId(), false, "127.0.0.1");
        assertThat(connect.sites())
                .filteredOn(s -> s.clientId().equals(site.clientId()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.connected()).isTrue();
                    assertThat(s.noticesAllowed()).isFalse();
                });

        assertThatThrownBy(() -> deliver(site, subject, "撤回後"))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.NOT_ALLOWED));

        Callers.logInRegistered("yuki", "3456", "ゆき");
        sharing.allow(site.clientId(), true, "127.0.0.1");
        assertThat(deliver(site, subject, "再開後")).isPositive();
    }

    @Test
    void theSiteSeesWhetherTheResidentReadItsNotice() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        long id = deliver(site, subject, "既読の確認");

        NoticeReadState before = siteNotices.state(assertion(site, AUDIENCE), ISSUER, id);
        Callers.logInRegistered("yuki", "3456", "ゆき");
        assertThat(notices.markRead("b" + id)).isTrue();
        NoticeReadState after = siteNotices.state(assertion(site, AUDIENCE), ISSUER, id);

        assertThat(before.read()).isFalse();
        assertThat(after.read()).isTrue();
        assertThat(after.toOne()).isTrue();
        assertThat(after.readAt()).isNotNull();
    }

    @Test
    void aSiteCannotReadTheStateOfAnotherSitesNotice() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        long id = deliver(site, subject, "他サイトの既読");
        Site other = site();

        assertThatThrownBy(() -> siteNotices.state(assertion(other, AUDIENCE), ISSUER, id))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.UNKNOWN_NOTICE));
    }

    @Test
    void anotherSitesSubjectIsRefused() throws Exception {
        Site other = site();
        String atOther = connectYuki(connect, store, other, true);
        connectYuki(connect, store, site, true);

        assertThatThrownBy(() -> deliver(site, atOther, "他サイトの sub"))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.NOT_ALLOWED));
    }

    @Test
    void anAssertionForAnotherAudienceOrIssuerOrUsedTwiceIsRefused() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        String tokenEndpoint = assertion(site, ISSUER + "/api/connect/token");
        String otherIssuer = new PrivateKeyJWT(
                        new JWTAuthenticationClaimsSet(
                                new Issuer("someone-else"), new ClientID(site.clientId()), new Audience(AUDIENCE)),
                        JWSAlgorithm.RS256,
                        site.key().toRSAPrivateKey(),
                        site.key().getKeyID(),
                        null)
                .getClientAssertion()
                .serialize();
        String once = assertion(site, AUDIENCE);
        siteNotices.deliver(once, ISSUER, subject, order("一度目"));

        for (String refused : List.of(tokenEndpoint, otherIssuer, once)) {
            assertThatThrownBy(() -> siteNotices.deliver(refused, ISSUER, subject, order("拒否")))
                    .isInstanceOf(SiteNoticeRefusal.class)
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.INVALID_CLIENT));
        }
    }

    @Test
    void aSiteThatAuthenticatesWithASharedSecretCannotDeliver() throws Exception {
        String clientId = "secret-" + UUID.randomUUID();
        RSAKey unregistered = new RSAKeyGenerator(2048).keyID("k-" + clientId).generate();
        ConnectServiceContract.register(
                clientId, "https://site.test/" + clientId + "/cb", "client_secret_basic", "s3cret-" + clientId, null);

        assertThatThrownBy(() -> siteNotices.deliver(
                        assertion(new Site(clientId, unregistered), AUDIENCE), ISSUER, "any", order("秘密鍵なし")))
                .isInstanceOf(SiteNoticeRefusal.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo(SiteNoticeRefusal.Reason.INVALID_CLIENT));
    }

    @Test
    void aNoticeWithProblemsIsRefusedWithEachProblem() throws Exception {
        String subject = connectYuki(connect, store, site, true);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        NoticeOrder bad = new NoticeOrder(" ", "本文", today, today.minusDays(1), "javascript:alert(1)", null, null);

        assertThatThrownBy(() -> siteNotices.deliver(assertion(site, AUDIENCE), ISSUER, subject, bad))
                .isInstanceOf(NoticeRefusedException.class)
                .satisfies(e -> assertThat(((NoticeRefusedException) e).problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactlyInAnyOrder(
                                "title:REQUIRED", "validUntil:ENDS_BEFORE_START", "linkUrl:INVALID_URL"));
    }
}
