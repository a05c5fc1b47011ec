package jp.mynaportal.insurance.model;

/** Where a resident's registration of the card as 健康保険証 stands. */
public enum RegistrationStatus {
    /** The application was submitted and reached the insurer, which has not confirmed it yet. */
    APPLIED,
    /** The insurer confirmed it: the card works as 健康保険証. */
    REGISTERED
}
