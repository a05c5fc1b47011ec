package jp.mynaportal.connect.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.connect.model.AccessToken;
import jp.mynaportal.connect.model.AuthorizationCode;
import jp.mynaportal.connect.model.PairwiseSubject;
import jp.mynaportal.connect.model.SiteConsent;
import jp.mynaportal.connect.model.UsedAssertion;

/** What passes between residents and relying sites. */
public interface ConnectRepository {

    Optional<PairwiseSubject> findSubject(String clientId, String residentId);

    Optional<PairwiseSubject> findSubjectBySubject(String clientId, String subject);

    void addSubject(PairwiseSubject subject);

    /** A resident's consents that are not revoked, newest first. */
    List<SiteConsent> activeConsents(String residentId);

    Optional<SiteConsent> findConsent(long id);

    void addConsent(SiteConsent consent);

    void addCode(AuthorizationCode code);

    /** The code with this hash, locked for the redemption (one redemption wins on every node). */
    Optional<AuthorizationCode> lockCode(String codeHash);

    void addToken(AccessToken token);

    Optional<AccessToken> findToken(String tokenHash);

    /** Revokes every unrevoked token of a consent; how many. */
    int revokeTokensOfConsent(long consentId, Instant now);

    /** Revokes every unrevoked token issued for a code (its replay); how many. */
    int revokeTokensOfCode(String codeHash, Instant now);

    /** Records a client assertion's use; false if it was used before. */
    boolean useAssertion(UsedAssertion assertion);
}
