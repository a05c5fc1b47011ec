package jp.mynaportal.application.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs the canonical bytes of an application as a CAdES-BES signature: CMS SignedData with the
 * content attached, SHA-256 with RSA, the signer certificate included, and the signed attributes
 * content-type, message-digest, signing-time and signing-certificate-v2 (ESSCertIDv2 of the
 * signer certificate). The private-key operation is left to a {@link DigestSigner}, normally the
 * signing key of a My Number card.
 */
public final class ApplicationSigner {

    private final Clock clock;

    public ApplicationSigner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs an application with the card in a session whose signing password the caller has
     * verified ({@code verifyPin(PinKind.SIGN, …)}).
     *
     * @return the DER encoding of the CMS SignedData
     * @throws jp.mynaportal.card.api.CardException if the card cannot read its certificate or sign
     */
    public byte[] sign(CanonicalApplication application, CardSession session) {
        return sign(
                application.toBytes(),
                session.readCertificate(CertificateKind.SIGN),
                DigestSigner.signingKeyOf(session));
    }

    /**
     * Signs content with the key behind {@code digestSigner}, which must match the certificate.
     *
     * @return the DER encoding of the CMS SignedData
     * @throws IllegalStateException if the signature made does not verify with the certificate
     */
    public byte[] sign(byte[] content, X509Certificate signerCertificate, DigestSigner digestSigner) {
        try {
            X509CertificateHolder certificate = new JcaX509CertificateHolder(signerCertificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(cadesAttributes(certificate)))
                    .build(new DigestSigningContentSigner(digestSigner), certificate));
            generator.addCertificates(new JcaCertStore(List.of(signerCertificate)));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), true);
            requireVerifies(signed, signerCertificate);
            return signed.getEncoded("DER");
        } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the CMS signature", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AttributeTable cadesAttributes(X509CertificateHolder certificate) throws IOException {
        ESSCertIDv2 certId = new ESSCertIDv2(
                Sha256.of(certificate.getEncoded()),
                new IssuerSerial(certificate.getIssuer(), certificate.getSerialNumber()));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(clock.instant())))));
        attributes.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
        return new AttributeTable(attributes);
    }

    private static void requireVerifies(CMSSignedData signed, X509Certificate certificate)
            throws CMSException, OperatorCreationException {
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()))) {
            throw new IllegalStateException("The signature does not verify with the signer certificate");
        }
    }
}
