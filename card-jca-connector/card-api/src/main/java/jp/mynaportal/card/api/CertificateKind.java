package jp.mynaportal.card.api;

/** The certificates on a JPKI card. */
public enum CertificateKind {
    /** 利用者証明用電子証明書: identifies the holder at login, carries nothing personal. */
    AUTH,
    /** The CA certificate that issued {@link #AUTH}. */
    AUTH_CA,
    /** 署名用電子証明書: carries name, sex, birth date and address; needs the signing password. */
    SIGN,
    /** The CA certificate that issued {@link #SIGN}. */
    SIGN_CA
}
