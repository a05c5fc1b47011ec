package jp.mynaportal.notice.model;

/**
 * What the audience criteria of notices are decided on, for one resident at one moment.
 *
 * @param age the resident's age in whole years
 * @param youngestChildAge the age in whole years of their youngest child, or {@link #NO_CHILD}
 * @param childAllowance whether their household receives 児童手当
 */
public record AudienceFacts(String residentId, String lgCode, int age, int youngestChildAge, boolean childAllowance) {

    /** The youngest child's age of a resident without children: older than any criterion asks. */
    public static final int NO_CHILD = 999;
}
