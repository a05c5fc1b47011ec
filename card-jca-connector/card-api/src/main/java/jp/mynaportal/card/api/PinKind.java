package jp.mynaportal.card.api;

/** The PINs of a My Number card, with their formats and numbers of tries. */
public enum PinKind {
    /** 利用者証明用電子証明書の暗証番号: exactly 4 digits, 3 tries. */
    AUTH(3, 4, 4, false),
    /** 署名用電子証明書の暗証番号: 6 to 16 upper-case letters and digits, 5 tries. */
    SIGN(5, 6, 16, true),
    /** 券面事項入力補助用の暗証番号: exactly 4 digits, 3 tries. */
    BASIC_FACTS(3, 4, 4, false);

    private final int maxTries;
    private final int minLength;
    private final int maxLength;
    private final boolean lettersAllowed;

    PinKind(int maxTries, int minLength, int maxLength, boolean lettersAllowed) {
        this.maxTries = maxTries;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.lettersAllowed = lettersAllowed;
    }

    /** The tries a fresh or correctly verified PIN has. */
    public int maxTries() {
        return maxTries;
    }

    /** Whether a candidate has this PIN's format; reads the array without keeping it. */
    public boolean hasFormat(char[] candidate) {
        if (candidate == null || candidate.length < minLength || candidate.length > maxLength) {
            return false;
        }
        for (char c : candidate) {
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z';
            if (!digit && !(lettersAllowed && letter)) {
                return false;
            }
        }
        return true;
    }
}
