package jp.mynaportal.card.devpki;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import jp.mynaportal.card.api.CardKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;

/**
 * The parts of the public JPKI certificate profile (公的個人認証サービス 証明書プロファイル) that
 * the development PKI follows for the two certificates of a card: the certificate policy of each
 * kind with the CPS qualifier, key usage, the validity up to the holder's fifth birthday after
 * issue, and a CRL distribution point in the CA's directory namespace.
 */
public final class JpkiCertificateProfile {

    /** Certificate policy of a JPKI signing certificate (署名用電子証明書). */
    public static final ASN1ObjectIdentifier SIGN_POLICY = new ASN1ObjectIdentifier("1.2.392.200149.8.5.1.1.20");
    /** Certificate policy of a JPKI user authentication certificate (利用者証明用電子証明書). */
    public static final ASN1ObjectIdentifier AUTH_POLICY = new ASN1ObjectIdentifier("1.2.392.200149.8.5.1.3.30");
    /** The CPS that JPKI certificates name in their policy qualifier. */
    public static final String CPS_URI = "http://www.jpki.go.jp/cps.html";

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int BIRTHDAYS_OF_VALIDITY = 5;

    private JpkiCertificateProfile() {}

    /**
     * The certificate policy of a key kind, with the CPS qualifier. The extension goes in
     * non-critical: PKIX validators with default settings (Java's, and so Web eID's) refuse policy
     * qualifiers in a critical certificate policies extension.
     */
    public static CertificatePolicies policies(CardKey kind) {
        PolicyQualifierInfo cps = new PolicyQualifierInfo(CPS_URI);
        return new CertificatePolicies(
                new PolicyInformation(kind == CardKey.AUTH ? AUTH_POLICY : SIGN_POLICY, new DERSequence(cps)));
    }

    /**
     * Key usage: digitalSignature for authentication; digitalSignature and nonRepudiation for
     * signing.
     */
    public static KeyUsage keyUsage(CardKey kind) {
        return kind == CardKey.AUTH
                ? new KeyUsage(KeyUsage.digitalSignature)
                : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    /**
     * The end of a card certificate's validity: the end (Japan time) of the holder's fifth birthday
     * after the day of issue. Someone born on 29 February has the birthday on 28 February in
     * other years.
     */
    public static Instant notAfter(LocalDate birthDate, Instant issuedAt) {
        LocalDate issued = LocalDate.ofInstant(issuedAt, JAPAN);
        LocalDate birthday = birthDate.withYear(issued.getYear());
        if (!birthday.isAfter(issued)) {
            birthday = birthDate.withYear(issued.getYear() + 1);
        }
        LocalDate fifth = birthDate.withYear(birthday.getYear() + BIRTHDAYS_OF_VALIDITY - 1);
        return fifth.atTime(LocalTime.MAX).withNano(0).atZone(JAPAN).toInstant();
    }

    /**
     * The CRL distribution point of a CA's certificates: a directory name below the CA's own
     * name, as JPKI names its distribution points in its directory rather than by URL.
     */
    public static CRLDistPoint crlDistributionPoint(X500Name caName) {
        X500Name point = new X500Name(caName + ",OU=CRL Distribution Points");
        DistributionPointName name =
                new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.directoryName, point)));
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(name, null, null)});
    }
}
