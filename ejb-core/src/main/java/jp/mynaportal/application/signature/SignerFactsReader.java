package jp.mynaportal.application.signature;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.Sex;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reads the signer's facts from the SubjectAltName of a JPKI signing certificate: other-names
 * under 1.2.392.200149.8.5.5 with name (.1), sex (.3, JIS X 5218 code), birth date (.4,
 * {@code YYYYMMDD}) and address (.5).
 */
final class SignerFactsReader {

    private static final ASN1ObjectIdentifier JPKI_FACTS = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5");
    private static final ASN1ObjectIdentifier NAME = JPKI_FACTS.branch("1");
    private static final ASN1ObjectIdentifier SEX = JPKI_FACTS.branch("3");
    private static final ASN1ObjectIdentifier BIRTH_DATE = JPKI_FACTS.branch("4");
    private static final ASN1ObjectIdentifier ADDRESS = JPKI_FACTS.branch("5");

    private SignerFactsReader() {}

    /**
     * The facts in a certificate.
     *
     * @throws IllegalArgumentException if the SubjectAltName lacks one of them or is malformed
     */
    static BasicFacts read(X509CertificateHolder certificate) {
        GeneralNames names = GeneralNames.fromExtensions(certificate.getExtensions(), Extension.subjectAlternativeName);
        if (names == null) {
            throw new IllegalArgumentException("The certificate has no SubjectAltName");
        }
        Map<ASN1ObjectIdentifier, String> values = new HashMap<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.otherName) {
                OtherName other = OtherName.getInstance(name.getName());
                ASN1Encodable value = other.getValue();
                while (value instanceof ASN1TaggedObject tagged) {
                    value = tagged.getExplicitBaseObject();
                }
                if (value instanceof ASN1String text) {
                    values.put(other.getTypeID(), text.getString());
                }
            }
        }
        try {
            return new BasicFacts(
                    required(values, NAME),
                    required(values, ADDRESS),
                    LocalDate.parse(required(values, BIRTH_DATE), DateTimeFormatter.BASIC_ISO_DATE),
                    Sex.ofCode(required(values, SEX)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Unreadable birth date", e);
        }
    }

    private static String required(Map<ASN1ObjectIdentifier, String> values, ASN1ObjectIdentifier oid) {
        String value = values.get(oid);
        if (value == null) {
            throw new IllegalArgumentException("The SubjectAltName lacks " + oid.getId());
        }
        return value;
    }
}
