package jp.mynaportal.notice.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * Who a notice to many is for: one resident, or everyone who meets all the criteria that are set
 * (municipality, age range in whole years, a child younger than N years, a household receiving
 * 児童手当). A criterion left null does not restrict. Decided when a resident's list is read, so a
 * resident who moves or has a birthday sees what fits them then.
 */
@Embeddable
public class NoticeAudience implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "to_resident_id", length = 36, updatable = false)
    private String residentId;

    @Column(name = "to_lg_code", length = 6, updatable = false)
    private String lgCode;

    @Column(name = "min_age", updatable = false)
    private Integer minAge;

    @Column(name = "max_age", updatable = false)
    private Integer maxAge;

    @Column(name = "child_under", updatable = false)
    private Integer childUnder;

    @Column(name = "child_allowance", nullable = false, updatable = false)
    private boolean childAllowance;

    protected NoticeAudience() {}

    private NoticeAudience(
            String residentId,
            String lgCode,
            Integer minAge,
            Integer maxAge,
            Integer childUnder,
            boolean childAllowance) {
        if (minAge != null && minAge < 0
                || maxAge != null && maxAge < 0
                || minAge != null && maxAge != null && minAge > maxAge
                || childUnder != null && (childUnder < 1 || childUnder > 30)) {
            throw new IllegalArgumentException("age range or child age out of bounds");
        }
        this.residentId = residentId;
        this.lgCode = lgCode;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.childUnder = childUnder;
        this.childAllowance = childAllowance;
    }

    /** One resident. */
    public static NoticeAudience resident(String residentId) {
        if (residentId == null || residentId.isBlank()) {
            throw new IllegalArgumentException("residentId");
        }
        return new NoticeAudience(residentId, null, null, null, null, false);
    }

    /** Everyone meeting every criterion given (null: not restricted). */
    public static NoticeAudience criteria(
            String lgCode, Integer minAge, Integer maxAge, Integer childUnder, boolean childAllowance) {
        return new NoticeAudience(null, lgCode, minAge, maxAge, childUnder, childAllowance);
    }

    /** Whether a resident with these facts belongs to the audience (the rule the queries also state). */
    public boolean includes(AudienceFacts facts) {
        if (residentId != null) {
            return residentId.equals(facts.residentId());
        }
        return (lgCode == null || lgCode.equals(facts.lgCode()))
                && (minAge == null || facts.age() >= minAge)
                && (maxAge == null || facts.age() <= maxAge)
                && (childUnder == null || facts.youngestChildAge() < childUnder)
                && (!childAllowance || facts.childAllowance());
    }

    public String getResidentId() {
        return residentId;
    }

    public String getLgCode() {
        return lgCode;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public Integer getChildUnder() {
        return childUnder;
    }

    public boolean isChildAllowance() {
        return childAllowance;
    }
}
