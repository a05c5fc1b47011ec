package jp.mynaportal.card.api;

/** Sex as the card records it, with the JIS X 5218 codes the card stores. */
public enum Sex {
    MALE("1"),
    FEMALE("2"),
    NOT_APPLICABLE("9");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The JIS X 5218 code. */
    public String code() {
        return code;
    }

    /** The sex with a JIS X 5218 code. */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("unknown sex code: " + code);
    }
}
