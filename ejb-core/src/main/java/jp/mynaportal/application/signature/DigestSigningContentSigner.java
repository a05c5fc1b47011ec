package jp.mynaportal.application.signature;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A BouncyCastle {@link ContentSigner} for SHA-256 with RSA that hashes what it is given (in CMS,
 * the DER of the signed attributes) and leaves the private-key operation to a {@link DigestSigner}.
 * One instance makes one signature.
 */
final class DigestSigningContentSigner implements ContentSigner {

    private static final AlgorithmIdentifier SHA256_WITH_RSA =
            new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withRSA");

    private final DigestSigner digestSigner;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    DigestSigningContentSigner(DigestSigner digestSigner) {
        this.digestSigner = Objects.requireNonNull(digestSigner, "digestSigner");
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return SHA256_WITH_RSA;
    }

    @Override
    public OutputStream getOutputStream() {
        return data;
    }

    @Override
    public byte[] getSignature() {
        return digestSigner.sign(Sha256.of(data.toByteArray()));
    }
}
