package jp.mynaportal.card.devpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.card.api.AdministratorRefusedException;
import jp.mynaportal.card.api.CardKey;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.testsupport.TestCards;
import jp.mynaportal.card.virtual.CardFile;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentPkiTest {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static final String CERTIFICATE_POLICIES = "2.5.29.32";
    private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";

    @TempDir
    Path folder;

    private final DevelopmentPki pki = TestCards.shared().pki();

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private X509Certificate authCertificate() throws Exception {
        return certificate(TestCards.shared().copyInto(folder, "auth").read().authCertificate());
    }

    private X509Certificate signCertificate() throws Exception {
        return certificate(TestCards.shared().copyInto(folder, "sign").read().signCertificate());
    }

    @Test
    void theAuthCertificateCarriesNothingPersonal() throws Exception {
        X509Certificate auth = authCertificate();
        assertThat(auth.getSubjectAlternativeNames()).isNull();
        assertThat(auth.getSubjectX500Principal().getName())
                .doesNotContain("山田")
                .matches("CN=[0-9A-F]{20},C=JP");
    }

    @Test
    void theAuthCertificateIsForDigitalSignatureOnly() throws Exception {
        boolean[] usage = authCertificate().getKeyUsage();
        assertThat(usage[DIGITAL_SIGNATURE]).isTrue();
        assertThat(usage[NON_REPUDIATION]).isFalse();
    }

    @Test
    void theAuthCertificateIsForClientAuthentication() throws Exception {
        assertThat(authCertificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
    }

    @Test
    void theSignCertificateIsForDigitalSignatureAndNonRepudiationAsInTheJpkiProfile() throws Exception {
        X509Certificate sign = signCertificate();
        boolean[] usage = sign.getKeyUsage();
        assertThat(usage[NON_REPUDIATION]).isTrue();
        assertThat(usage[DIGITAL_SIGNATURE]).isTrue();
        assertThat(sign.getExtendedKeyUsage()).isNull();
    }

    @Test
    void theAuthCertificateNamesTheJpkiAuthenticationPolicyInANonCriticalExtension() throws Exception {
        X509Certificate auth = authCertificate();
        assertThat(auth.getNonCriticalExtensionOIDs()).contains(CERTIFICATE_POLICIES);
        assertThat(policies(auth)).containsExactly("1.2.392.200149.8.5.1.3.30");
    }

    @Test
    void theSignCertificateNamesTheJpkiSigningPolicy() throws Exception {
        assertThat(policies(signCertificate())).containsExactly("1.2.392.200149.8.5.1.1.20");
    }

    @Test
    void bothCertificatesEndOnTheFifthBirthdayAfterIssueJapanTime() throws Exception {
        for (X509Certificate certificate : List.of(authCertificate(), signCertificate())) {
            ZonedDateTime end = certificate.getNotAfter().toInstant().atZone(ZoneId.of("Asia/Tokyo"));
            LocalDate issued = LocalDate.ofInstant(certificate.getNotBefore().toInstant(), ZoneId.of("Asia/Tokyo"));
            assertThat(end.toLocalDate().getMonth())
                    .isEqualTo(TestCards.FACTS.birthDate().getMonth());
            assertThat(end.toLocalDate().getDayOfMonth())
                    .isEqualTo(TestCards.FACTS.birthDate().getDayOfMonth());
            assertThat(end.toLocalDate()).isAfter(issued.plusYears(4)).isBeforeOrEqualTo(issued.plusYears(5));
            assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
        }
    }

    @Test
    void bothCertificatesNameACrlDistributionPointBelowTheirCa() throws Exception {
        for (X509Certificate certificate : List.of(authCertificate(), signCertificate())) {
            CRLDistPoint points = CRLDistPoint.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(certificate.getExtensionValue(CRL_DISTRIBUTION_POINTS)));
            GeneralName name = ((GeneralNames) points.getDistributionPoints()[0]
                            .getDistributionPoint()
                            .getName())
                    .getNames()[0];
            assertThat(name.getTagNo()).isEqualTo(GeneralName.directoryName);
            assertThat(name.getName().toString())
                    .startsWith(X500Name.getInstance(
                                    certificate.getIssuerX500Principal().getEncoded())
                            .toString())
                    .endsWith("OU=CRL Distribution Points");
        }
    }

    private static List<String> policies(X509Certificate certificate) throws Exception {
        CertificatePolicies policies = CertificatePolicies.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(certificate.getExtensionValue(CERTIFICATE_POLICIES)));
        return Arrays.stream(policies.getPolicyInformation())
                .map(info -> info.getPolicyIdentifier().getId())
                .toList();
    }

    @Test
    void theSignCertificateCarriesTheFactsInItsSubjectAltName() throws Exception {
        assertThat(JpkiSubjectAltName.read(signCertificate())).isEqualTo(TestCards.FACTS);
    }

    @Test
    void theSignCertificateUsesTheSixJpkiOtherNames() throws Exception {
        assertThat(JpkiSubjectAltName.otherNames(signCertificate()).keySet())
                .containsExactly(
                        "1.2.392.200149.8.5.5.1",
                        "1.2.392.200149.8.5.5.2",
                        "1.2.392.200149.8.5.5.3",
                        "1.2.392.200149.8.5.5.4",
                        "1.2.392.200149.8.5.5.5",
                        "1.2.392.200149.8.5.5.6");
    }

    @Test
    void theSignCertificateIsSignedByTheSignCa() throws Exception {
        X509Certificate sign = signCertificate();
        sign.verify(pki.caCertificate(CardKey.SIGN).getPublicKey());
        assertThat(sign.getIssuerX500Principal())
                .isEqualTo(pki.caCertificate(CardKey.SIGN).getSubjectX500Principal());
    }

    @Test
    void theAuthCertificateIsSignedByTheAuthCa() throws Exception {
        X509Certificate auth = authCertificate();
        auth.verify(pki.caCertificate(CardKey.AUTH).getPublicKey());
        assertThat(auth.getIssuerX500Principal())
                .isEqualTo(pki.caCertificate(CardKey.AUTH).getSubjectX500Principal());
    }

    @Test
    void aCrlHasANextUpdateAndIsSignedByItsCa() throws Exception {
        X509CRL crl = pki.crl(CardKey.AUTH, Duration.ofHours(6));
        crl.verify(pki.caCertificate(CardKey.AUTH).getPublicKey());
        assertThat(Duration.between(
                        crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aRevokedCardIsListedInBothCrls() throws Exception {
        DevelopmentPki own = DevelopmentPki.openOrCreate(folder.resolve("pki"));
        CardFile card =
                own.issue(new Resident("revoked", TestCards.MY_NUMBER, TestCards.FACTS), TestCards.pins(), folder);
        X509Certificate auth = certificate(card.read().authCertificate());
        X509Certificate sign = certificate(card.read().signCertificate());

        own.revoke("revoked");

        assertThat(own.crl(CardKey.AUTH, Duration.ofDays(1)).isRevoked(auth)).isTrue();
        assertThat(own.crl(CardKey.SIGN, Duration.ofDays(1)).isRevoked(sign)).isTrue();
    }

    @Test
    void aCardNotRevokedIsNotInTheCrl() throws Exception {
        assertThat(pki.crl(CardKey.AUTH, Duration.ofDays(1)).isRevoked(authCertificate()))
                .isFalse();
    }

    @Test
    void publishedCrlsAreWrittenForBothCas() throws Exception {
        List<Path> files = pki.publishCrls(folder, Duration.ofDays(1));
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("sign-ca.crl"))));
        assertThat(files).containsExactly(folder.resolve("auth-ca.crl"), folder.resolve("sign-ca.crl"));
        assertThat(crl.getIssuerX500Principal())
                .isEqualTo(pki.caCertificate(CardKey.SIGN).getSubjectX500Principal());
    }

    @Test
    void reopeningThePkiKeepsItsCas() {
        DevelopmentPki reopened = DevelopmentPki.openOrCreate(pki.folder());
        assertThat(reopened.caCertificate(CardKey.SIGN)).isEqualTo(pki.caCertificate(CardKey.SIGN));
    }

    @Test
    void theRegisterListsAnIssuedCard() {
        assertThat(pki.cards()).extracting(IssuedCard::cardId).contains("template");
    }

    @Test
    void theAdministratorKeyResetsABlockedPin() {
        CardFile card = TestCards.shared().copyInto(folder, "blocked");
        card.update(state -> new CardFile.Change<>(
                state.withPin(PinKind.AUTH, state.pin(PinKind.AUTH).withTriesLeft(0)), null));

        pki.resetPin(card, PinKind.AUTH, "4321".toCharArray());

        assertThat(card.read().pin(PinKind.AUTH).triesLeft()).isEqualTo(3);
        assertThat(card.read().pin(PinKind.AUTH).matches("4321".toCharArray())).isTrue();
    }

    @Test
    void anotherPkisAdministratorKeyCannotResetAPin() {
        CardFile card = TestCards.shared().copyInto(folder, "foreign");
        DevelopmentPki other = DevelopmentPki.openOrCreate(folder.resolve("other-pki"));
        assertThatThrownBy(() -> other.resetPin(card, PinKind.AUTH, "4321".toCharArray()))
                .isInstanceOf(AdministratorRefusedException.class);
        assertThat(card.read().pin(PinKind.AUTH).matches(TestCards.AUTH_PIN.toCharArray()))
                .isTrue();
    }
}
