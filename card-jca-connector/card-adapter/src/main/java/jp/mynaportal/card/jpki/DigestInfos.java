package jp.mynaportal.card.jpki;

import java.util.Map;

/** The DER DigestInfo (PKCS#1 v1.5) that COMPUTE DIGITAL SIGNATURE expects, for each digest. */
public final class DigestInfos {

    private static final Map<String, byte[]> PREFIXES = Map.of(
            "SHA-1", Jpki.hex("3021300906052B0E03021A05000414"),
            "SHA-256", Jpki.hex("3031300D060960864801650304020105000420"),
            "SHA-384", Jpki.hex("3041300D060960864801650304020205000430"),
            "SHA-512", Jpki.hex("3051300D060960864801650304020305000440"));

    private static final Map<String, Integer> LENGTHS =
            Map.of("SHA-1", 20, "SHA-256", 32, "SHA-384", 48, "SHA-512", 64);

    private DigestInfos() {}

    /** DigestInfo of a digest made with a named algorithm ({@code SHA-256} and the like). */
    public static byte[] of(String digestAlgorithm, byte[] digest) {
        byte[] prefix = PREFIXES.get(digestAlgorithm);
        if (prefix == null) {
            throw new IllegalArgumentException("Unsupported digest algorithm " + digestAlgorithm);
        }
        if (digest.length != LENGTHS.get(digestAlgorithm)) {
            throw new IllegalArgumentException("A " + digestAlgorithm + " digest has " + LENGTHS.get(digestAlgorithm)
                    + " bytes, not " + digest.length);
        }
        byte[] out = new byte[prefix.length + digest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(digest, 0, out, prefix.length, digest.length);
        return out;
    }
}
