package jp.mynaportal.card.devpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.card.api.BasicFacts;
import jp.mynaportal.card.api.Sex;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The SubjectAltName of a JPKI signing certificate: other-names under 1.2.392.200149.8.5.5 for
 * name (.1), the positions of substitute characters in the name (.2), sex (.3), birth date (.4,
 * {@code YYYYMMDD}), address (.5) and the positions of substitute characters in the address (.6).
 */
public final class JpkiSubjectAltName {

    public static final ASN1ObjectIdentifier NAME = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.1");
    public static final ASN1ObjectIdentifier NAME_SUBSTITUTES = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.2");
    public static final ASN1ObjectIdentifier SEX = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.3");
    public static final ASN1ObjectIdentifier BIRTH_DATE = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.4");
    public static final ASN1ObjectIdentifier ADDRESS = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.5");
    public static final ASN1ObjectIdentifier ADDRESS_SUBSTITUTES = new ASN1ObjectIdentifier("1.2.392.200149.8.5.5.6");

    private static final int OTHER_NAME = 0;

    private JpkiSubjectAltName() {}

    /** The general names that carry the facts. */
    public static GeneralNames of(BasicFacts facts) {
        return new GeneralNames(new GeneralName[] {
            otherName(NAME, new DERUTF8String(facts.name())),
            otherName(NAME_SUBSTITUTES, new DERUTF8String("")),
            otherName(SEX, new DERPrintableString(facts.sex().code())),
            otherName(BIRTH_DATE, new DERPrintableString(facts.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))),
            otherName(ADDRESS, new DERUTF8String(facts.address())),
            otherName(ADDRESS_SUBSTITUTES, new DERUTF8String(""))
        });
    }

    /** Reads the facts back from a signing certificate. */
    public static BasicFacts read(X509Certificate certificate) {
        Map<String, String> values = otherNames(certificate);
        return new BasicFacts(
                required(values, NAME),
                required(values, ADDRESS),
                LocalDate.parse(required(values, BIRTH_DATE), DateTimeFormatter.BASIC_ISO_DATE),
                Sex.ofCode(required(values, SEX)));
    }

    /**
     * The other-names with string values in a certificate's SubjectAltName, by OID, in order. The
     * JDK hands other-names back with their value wrapped in one context tag more than the
     * certificate has, so tags are unwrapped down to the string.
     */
    public static Map<String, String> otherNames(X509Certificate certificate) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return values;
            }
            for (List<?> name : names) {
                if (((Integer) name.get(0)) == OTHER_NAME) {
                    ASN1Primitive encoded = ASN1Primitive.fromByteArray((byte[]) name.get(1));
                    ASN1Sequence other = encoded instanceof ASN1TaggedObject tagged
                            ? ASN1Sequence.getInstance(tagged, false)
                            : ASN1Sequence.getInstance(encoded);
                    ASN1Encodable value = other.getObjectAt(1);
                    while (value instanceof ASN1TaggedObject explicit) {
                        value = explicit.getExplicitBaseObject();
                    }
                    if (value instanceof ASN1String text) {
                        values.put(other.getObjectAt(0).toString(), text.getString());
                    }
                }
            }
            return values;
        } catch (CertificateParsingException e) {
            throw new IllegalArgumentException("Unreadable SubjectAltName", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GeneralName otherName(ASN1ObjectIdentifier oid, ASN1Encodable value) {
        return new GeneralName(
                GeneralName.otherName, new DERSequence(new ASN1Encodable[] {oid, new DERTaggedObject(true, 0, value)}));
    }

    private static String required(Map<String, String> values, ASN1ObjectIdentifier oid) {
        String value = values.get(oid.getId());
        if (value == null) {
            throw new IllegalArgumentException("The SubjectAltName lacks " + oid.getId());
        }
        return value;
    }
}
