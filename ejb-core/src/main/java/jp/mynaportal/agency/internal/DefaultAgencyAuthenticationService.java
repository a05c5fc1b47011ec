package jp.mynaportal.agency.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.mynaportal.agency.AgencyAuthenticationService;
import jp.mynaportal.agency.AgencyRefusal;
import jp.mynaportal.agency.AgencyRequest;
import jp.mynaportal.agency.AgencyRequestSigner;
import jp.mynaportal.agency.AgencyVerdict;
import jp.mynaportal.agency.model.AgencyCertificate;
import jp.mynaportal.agency.model.AgencyRequestId;
import jp.mynaportal.agency.repository.AgencyRepository;

/**
 * Checks a signed agency request in the order that reveals least: the JWS's form, the agency, its
 * certificate, the signature, the request it was made for, its lifetime, and last its single-use
 * id, which is written in this transaction so that a second use on any node fails. Every refusal is
 * logged with its reason, never with the request's content.
 */
@Stateless
@PermitAll
public class DefaultAgencyAuthenticationService implements AgencyAuthenticationService {

    private static final Logger LOG = Logger.getLogger(DefaultAgencyAuthenticationService.class.getName());

    /** How far the clocks of an agency and the portal may differ. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

    @Inject
    private AgencyRepository agencies;

    @Override
    public AgencyVerdict authenticate(AgencyRequest request) {
        AgencyVerdict verdict = check(request, Instant.now());
        if (!verdict.isAccepted()) {
            LOG.warning(() -> "Agency request " + request.method() + " refused: " + verdict.refusal());
        }
        return verdict;
    }

    private AgencyVerdict check(AgencyRequest request, Instant now) {
        if (request.signature() == null || request.signature().length() > 16_384) {
            return AgencyVerdict.refused(AgencyRefusal.MALFORMED);
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(request.signature());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return AgencyVerdict.refused(AgencyRefusal.MALFORMED);
        }
        if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())
                || !AgencyRequestSigner.TYPE.equals(jwt.getHeader().getType())
                || jwt.getHeader().getKeyID() == null
                || claims.getIssuer() == null) {
            return AgencyVerdict.refused(AgencyRefusal.MALFORMED);
        }
        String agency = claims.getIssuer();
        if (agencies.find(agency).isEmpty()) {
            return AgencyVerdict.refused(AgencyRefusal.UNKNOWN_AGENCY);
        }
        Optional<AgencyCertificate> certificate = agencies.findCertificate(
                        jwt.getHeader().getKeyID())
                .filter(c -> c.getAgencyCode().equals(agency))
                .filter(c -> c.usableAt(now));
        if (certificate.isEmpty()) {
            return AgencyVerdict.refused(AgencyRefusal.UNKNOWN_KEY);
        }
        if (!verifies(jwt, certificate.get())) {
            return AgencyVerdict.refused(AgencyRefusal.BAD_SIGNATURE);
        }
        Object body;
        String method;
        String target;
        try {
            method = claims.getStringClaim("htm");
            target = claims.getStringClaim("htu");
            body = claims.getStringClaim("bsha");
        } catch (ParseException e) {
            return AgencyVerdict.refused(AgencyRefusal.MALFORMED);
        }
        if (body == null
                || claims.getIssueTime() == null
                || claims.getExpirationTime() == null
                || claims.getJWTID() == null
                || claims.getJWTID().isBlank()
                || claims.getJWTID().length() > 128) {
            return AgencyVerdict.refused(AgencyRefusal.MALFORMED);
        }
        if (!request.method().equals(method) || !request.target().equals(target)) {
            return AgencyVerdict.refused(AgencyRefusal.WRONG_REQUEST);
        }
        Instant issuedAt = claims.getIssueTime().toInstant();
        Instant expiresAt = claims.getExpirationTime().toInstant();
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return AgencyVerdict.refused(AgencyRefusal.NOT_YET_VALID);
        }
        if (!expiresAt.isAfter(issuedAt)
                || Duration.between(issuedAt, expiresAt).compareTo(AgencyRequestSigner.MAX_LIFETIME) > 0
                || now.isAfter(expiresAt.plus(CLOCK_SKEW))) {
            return AgencyVerdict.refused(AgencyRefusal.EXPIRED);
        }
        agencies.purgeRequestIds(now.minus(CLOCK_SKEW));
        if (agencies.requestIdUsed(agency, claims.getJWTID())) {
            return AgencyVerdict.refused(AgencyRefusal.REPLAYED);
        }
        agencies.addRequestId(new AgencyRequestId(agency, claims.getJWTID(), expiresAt.plus(CLOCK_SKEW)));
        return AgencyVerdict.accepted(agency, (String) body);
    }

    private static boolean verifies(SignedJWT jwt, AgencyCertificate certificate) {
        try {
            PublicKey key = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(certificate.getDer()))
                    .getPublicKey();
            JWSVerifier verifier;
            if (key instanceof ECPublicKey ec && jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.ES256)) {
                verifier = new ECDSAVerifier(ec);
            } else if (key instanceof RSAPublicKey rsa
                    && jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.RS256)) {
                verifier = new RSASSAVerifier(rsa);
            } else {
                return false;
            }
            return jwt.verify(verifier);
        } catch (CertificateException | JOSEException e) {
            return false;
        }
    }
}
