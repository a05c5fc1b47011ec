package jp.mynaportal.pittari.loader;

/** Whether a template's online application needs the electronic signature, as the sources say. */
public enum SignatureRule {
    REQUIRED,
    NOT_REQUIRED,
    /** The sources show municipalities deciding differently (e.g. 罹災証明書). */
    VARIES;

    /** Reads the {@code signature} column: {@code Y}, {@code N} or {@code V}. */
    static SignatureRule fromCsv(String value) {
        return switch (value) {
            case "Y" -> REQUIRED;
            case "N" -> NOT_REQUIRED;
            case "V" -> VARIES;
            default -> throw new IllegalArgumentException("signature must be Y, N or V: " + value);
        };
    }
}
