package jp.mynaportal.application.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.pki.CertificatePathException;
import jp.mynaportal.pki.CertificatePaths;
import jp.mynaportal.pki.CrlSource;
import jp.mynaportal.pki.RevocationUnavailableException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies the CAdES-BES signature of an application and reports each check on its own: the
 * signature, the signed content against the application as it is now, the signed attributes, the
 * certificate's key usage, its path to a trusted signing CA valid at the signing time and its
 * revocation at the signing time by the CA's current CRL (both through {@link CertificatePaths}),
 * and the signer's facts. A bad signature
 * gives a {@link SignatureCheck} with failure reasons, never an exception.
 *
 * <p>The signing time is the signer's own claim: CAdES-BES has no time-stamp, so a signer holding
 * a revoked card could backdate it. Callers that received the signature themselves should also
 * compare it with the time of receipt.
 */
public final class SignatureVerifier {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final CertificatePaths paths;
    private final boolean authentication;

    /**
     * @param trustedSignCas the certificates of the signing CAs to trust
     * @param revocation the current CRLs of those CAs
     */
    public SignatureVerifier(List<X509Certificate> trustedSignCas, CrlSource revocation) {
        this(trustedSignCas, revocation, false);
    }

    private SignatureVerifier(List<X509Certificate> trustedCas, CrlSource revocation, boolean authentication) {
        this.paths = new CertificatePaths(trustedCas, revocation);
        this.authentication = authentication;
    }

    /**
     * A verifier of signatures made with the 利用者証明用 (authentication) key: the certificate must
     * lead to a trusted authentication CA and carry the digitalSignature key usage; it names nobody
     * (the card's authentication certificate carries no name or address), so the check has no
     * signer's facts.
     */
    public static SignatureVerifier forAuthentication(List<X509Certificate> trustedAuthCas, CrlSource revocation) {
        return new SignatureVerifier(trustedAuthCas, revocation, true);
    }

    /** Verifies a signature against an application as it is now. */
    public SignatureCheck verify(byte[] cms, CanonicalApplication current) {
        return verify(cms, current.toBytes());
    }

    /**
     * Verifies a signature against the canonical bytes an application has now.
     *
     * @param cms the DER of the CMS SignedData, as {@link ApplicationSigner} made it
     */
    public SignatureCheck verify(byte[] cms, byte[] currentContent) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(currentContent, "currentContent");
        Signed signed = Signed.read(cms);
        if (signed == null) {
            return SignatureCheck.unreadable();
        }
        EnumSet<SignatureFailure> failures = EnumSet.noneOf(SignatureFailure.class);
        boolean signatureValid = signatureVerifies(signed);
        if (!signatureValid) {
            failures.add(SignatureFailure.SIGNATURE_INVALID);
        }
        boolean contentMatches = MessageDigest.isEqual(signed.content(), currentContent);
        if (!contentMatches) {
            failures.add(SignatureFailure.CONTENT_MISMATCH);
        }
        AttributeTable attributes = signed.signer().getSignedAttributes();
        Instant signingTime = signingTime(attributes);
        if (signingTime == null) {
            failures.add(SignatureFailure.SIGNED_ATTRIBUTE_MISSING);
        }
        checkSigningCertificate(attributes, signed.holder(), failures);
        if (!hasKeyUsage(signed.certificate(), authentication ? DIGITAL_SIGNATURE : NON_REPUDIATION)) {
            failures.add(SignatureFailure.WRONG_KEY_USAGE);
        }
        BasicFacts facts = authentication ? null : signerFacts(signed.holder(), failures);

        X509Certificate issuer =
                signingTime == null ? null : trustedIssuer(signed.certificate(), signingTime, failures);
        Revocation revocation = issuer == null
                ? Revocation.NOT_CHECKED
                : revocationAt(signed.certificate(), issuer, signingTime, failures);
        return new SignatureCheck(
                signatureValid,
                contentMatches,
                issuer != null,
                revocation.status(),
                revocation.revokedAt(),
                signingTime,
                facts,
                signed.certificate(),
                List.copyOf(failures));
    }

    /** What the CRL says about a certificate, and since when it was revoked. */
    private record Revocation(RevocationStatus status, Instant revokedAt) {
        static final Revocation NOT_CHECKED = new Revocation(RevocationStatus.NOT_CHECKED, null);
    }

    private Revocation revocationAt(
            X509Certificate certificate, X509Certificate issuer, Instant signingTime, Set<SignatureFailure> failures) {
        X509CRLEntry entry;
        try {
            entry = paths.revocation(certificate, issuer).orElse(null);
        } catch (RevocationUnavailableException e) {
            failures.add(SignatureFailure.REVOCATION_UNKNOWN);
            return new Revocation(RevocationStatus.UNKNOWN, null);
        }
        if (entry == null) {
            return new Revocation(RevocationStatus.NOT_REVOKED, null);
        }
        Instant revokedAt = entry.getRevocationDate().toInstant();
        if (revokedAt.isAfter(signingTime)) {
            return new Revocation(RevocationStatus.REVOKED_AFTER_SIGNING, revokedAt);
        }
        failures.add(SignatureFailure.CERTIFICATE_REVOKED);
        return new Revocation(RevocationStatus.REVOKED_BEFORE_SIGNING, revokedAt);
    }

    /** The parts of a readable SignedData with one signer. */
    private record Signed(
            SignerInformation signer, X509CertificateHolder holder, X509Certificate certificate, byte[] content) {

        static Signed read(byte[] cms) {
            try {
                CMSSignedData data = new CMSSignedData(cms);
                if (!CMSObjectIdentifiers.data.getId().equals(data.getSignedContentTypeOID())
                        || data.getSignedContent() == null
                        || data.getSignerInfos().size() != 1) {
                    return null;
                }
                SignerInformation signer =
                        data.getSignerInfos().getSigners().iterator().next();
                if (signer.getSignedAttributes() == null) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches =
                        data.getCertificates().getMatches(signer.getSID());
                if (matches.size() != 1) {
                    return null;
                }
                X509CertificateHolder holder = matches.iterator().next();
                return new Signed(signer, holder, new JcaX509CertificateConverter().getCertificate(holder), (byte[])
                        data.getSignedContent().getContent());
            } catch (CMSException | GeneralSecurityException | RuntimeException e) {
                // BouncyCastle reports malformed ASN.1 with assorted runtime exceptions
                return null;
            }
        }
    }

    private static boolean signatureVerifies(Signed signed) {
        try {
            // built from the key alone, so that BouncyCastle leaves the validity check to trustedIssuer
            return signed.signer()
                    .verify(new JcaSimpleSignerInfoVerifierBuilder()
                            .build(signed.certificate().getPublicKey()));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static Instant signingTime(AttributeTable attributes) {
        ASN1Encodable value = single(attributes, CMSAttributes.signingTime);
        try {
            return value == null ? null : Time.getInstance(value).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void checkSigningCertificate(
            AttributeTable attributes, X509CertificateHolder certificate, Set<SignatureFailure> failures) {
        ASN1Encodable value = single(attributes, PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        ESSCertIDv2 certId;
        try {
            ESSCertIDv2[] certs = value == null
                    ? new ESSCertIDv2[0]
                    : SigningCertificateV2.getInstance(value).getCerts();
            certId = certs.length == 0 ? null : certs[0];
        } catch (RuntimeException e) {
            certId = null;
        }
        if (certId == null) {
            failures.add(SignatureFailure.SIGNED_ATTRIBUTE_MISSING);
        } else if (!names(certId, certificate)) {
            failures.add(SignatureFailure.SIGNING_CERTIFICATE_MISMATCH);
        }
    }

    private static boolean names(ESSCertIDv2 certId, X509CertificateHolder certificate) {
        try {
            if (!NISTObjectIdentifiers.id_sha256.equals(
                            certId.getHashAlgorithm().getAlgorithm())
                    || !MessageDigest.isEqual(certId.getCertHash(), Sha256.of(certificate.getEncoded()))) {
                return false;
            }
            IssuerSerial issuerSerial = certId.getIssuerSerial();
            if (issuerSerial == null) {
                return true;
            }
            GeneralName[] issuer = issuerSerial.getIssuer().getNames();
            return issuerSerial.getSerial().getValue().equals(certificate.getSerialNumber())
                    && issuer.length == 1
                    && issuer[0].getTagNo() == GeneralName.directoryName
                    && certificate.getIssuer().equals(issuer[0].getName());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ASN1Encodable single(AttributeTable attributes, ASN1ObjectIdentifier type) {
        if (attributes.getAll(type).size() != 1) {
            return null;
        }
        Attribute attribute = attributes.get(type);
        return attribute.getAttrValues().size() == 1 ? attribute.getAttrValues().getObjectAt(0) : null;
    }

    private static boolean hasKeyUsage(X509Certificate certificate, int bit) {
        boolean[] keyUsage = certificate.getKeyUsage();
        return keyUsage != null && keyUsage.length > bit && keyUsage[bit];
    }

    private static BasicFacts signerFacts(X509CertificateHolder certificate, Set<SignatureFailure> failures) {
        try {
            return SignerFactsReader.read(certificate);
        } catch (RuntimeException e) {
            failures.add(SignatureFailure.SIGNER_FACTS_UNREADABLE);
            return null;
        }
    }

    private X509Certificate trustedIssuer(
            X509Certificate certificate, Instant signingTime, Set<SignatureFailure> failures) {
        try {
            return paths.trustedIssuer(certificate, signingTime);
        } catch (CertificatePathException e) {
            failures.add(
                    switch (e.reason()) {
                        case CERTIFICATE_EXPIRED, CERTIFICATE_NOT_YET_VALID ->
                            SignatureFailure.CERTIFICATE_NOT_VALID_AT_SIGNING_TIME;
                        case UNTRUSTED, CA_NOT_VALID -> SignatureFailure.CERTIFICATE_UNTRUSTED;
                    });
            return null;
        }
    }
}
