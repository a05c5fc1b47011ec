package jp.mynaportal.application.receipt;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The signature line of a receipt: who signed the application and when, or that no signature was required. */
public sealed interface ReceiptSignature extends Serializable {

    /** The application was signed with the signing certificate of {@code signerName} at {@code signedAt}. */
    record Signed(String signerName, Instant signedAt) implements ReceiptSignature {

        public Signed {
            Objects.requireNonNull(signerName, "signerName");
            Objects.requireNonNull(signedAt, "signedAt");
        }
    }

    /** The procedure needs no electronic signature. */
    record NotRequired() implements ReceiptSignature {}

    /** A signature by {@code signerName} at {@code signedAt}. */
    static ReceiptSignature signed(String signerName, Instant signedAt) {
        return new Signed(signerName, signedAt);
    }

    /** No signature, because the procedure does not require one. */
    static ReceiptSignature notRequired() {
        return new NotRequired();
    }
}
