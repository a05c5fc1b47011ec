package jp.mynaportal.connect.internal;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.mynaportal.connect.SiteNoticeRefusal;
import jp.mynaportal.connect.SiteNoticeService;
import jp.mynaportal.connect.model.PairwiseSubject;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.repository.ConnectRepository;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeReadState;
import jp.mynaportal.notice.SiteNoticeWriter;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Connected sites' お知らせ. The caller is a site, not a person: it is authenticated here by its
 * client assertion (Nimbus's verifier, the site's registered keys, this endpoint under the issuer
 * as the only audience, the site as issuer and subject, single use), and what it may do follows
 * from the resident's consent, which the resident gives and withdraws on もっとつながる: an active
 * consent to this site with お知らせ allowed. The notice itself is stored by the notice function.
 */
@Stateless
@PermitAll
public class DefaultSiteNoticeService implements SiteNoticeService {

    private static final Logger LOG = Logger.getLogger(DefaultSiteNoticeService.class.getName());

    /** Where a site's notice comes from, in 利用履歴. */
    private static final String TERMINAL = "connect-api" + PATH;

    @Inject
    private RelyingSites sites;

    @Inject
    private ClientAuthentications clients;

    @Inject
    private ConnectRepository store;

    @Inject
    private SiteNoticeWriter notices;

    @Inject
    private UsageRecorder usage;

    private final ConnectSettings settings = ConnectSettings.fromConfig();

    @Override
    @PermitAll
    public long deliver(String assertion, String baseUrl, String subject, NoticeOrder order) {
        RelyingSite site = authenticated(assertion, baseUrl);
        String residentId = subject == null
                ? null
                : store.findSubjectBySubject(site.clientId(), subject)
                        .map(PairwiseSubject::getResidentId)
                        .orElse(null);
        if (residentId == null || !allows(residentId, site)) {
            throw new SiteNoticeRefusal(SiteNoticeRefusal.Reason.NOT_ALLOWED);
        }
        long id = notices.send(site.clientId(), residentId, order);
        usage.bySite(residentId, site.clientId(), UsageAction.NOTICE_FROM_SITE, TERMINAL);
        return id;
    }

    @Override
    @PermitAll
    public NoticeReadState state(String assertion, String baseUrl, long noticeId) {
        RelyingSite site = authenticated(assertion, baseUrl);
        String residentId = notices.recipient(site.clientId(), noticeId)
                .orElseThrow(() -> new SiteNoticeRefusal(SiteNoticeRefusal.Reason.UNKNOWN_NOTICE));
        if (!allows(residentId, site)) {
            throw new SiteNoticeRefusal(SiteNoticeRefusal.Reason.NOT_ALLOWED);
        }
        return notices.state(site.clientId(), noticeId)
                .orElseThrow(() -> new SiteNoticeRefusal(SiteNoticeRefusal.Reason.UNKNOWN_NOTICE));
    }

    /** The site whose valid assertion this is, if it is registered with keys and may deliver お知らせ. */
    private RelyingSite authenticated(String assertion, String baseUrl) {
        Optional<PrivateKeyJWT> jwt = parse(assertion);
        Optional<RelyingSite> site = jwt.flatMap(j -> sites.find(j.getClientID().getValue()))
                .filter(RelyingSite::notices)
                .filter(s -> ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(s.authMethod()));
        if (site.isEmpty() || !clients.verify(jwt.get(), site.get(), Set.of(settings.issuer(baseUrl) + PATH))) {
            LOG.warning(() -> "お知らせ call of a connected site refused: no valid client assertion");
            throw new SiteNoticeRefusal(SiteNoticeRefusal.Reason.INVALID_CLIENT);
        }
        return site.get();
    }

    private boolean allows(String residentId, RelyingSite site) {
        return store.activeConsents(residentId).stream()
                .filter(c -> c.getClientId().equals(site.clientId()))
                .anyMatch(SiteConsent::isNotices);
    }

    private static Optional<PrivateKeyJWT> parse(String assertion) {
        if (assertion == null || assertion.length() > 8192) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PrivateKeyJWT(SignedJWT.parse(assertion)));
        } catch (java.text.ParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
