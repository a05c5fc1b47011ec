package jp.mynaportal.application.model;

import java.util.Set;

/** Where an online application stands; a draft becomes RECEIVED (受付) when it is submitted. */
public enum ApplicationStatus {
    /** 作成中: saved as the resident types, until submitted or expired. */
    DRAFT,
    /** 受付: submitted, waiting for the municipality. */
    RECEIVED,
    /** 審査中: the municipality is examining it. */
    UNDER_REVIEW,
    /** 完了: done. */
    COMPLETED,
    /** 差戻し: returned to the resident for correction, with a comment. */
    RETURNED,
    /** 却下: refused, with a reason. */
    REJECTED;

    /** Whether the resident may still change the form (a draft, or returned for correction). */
    public boolean editableByResident() {
        return this == DRAFT || this == RETURNED;
    }

    /** The statuses staff may move an application to from this one. */
    public Set<ApplicationStatus> staffTransitions() {
        return switch (this) {
            case RECEIVED -> Set.of(UNDER_REVIEW, RETURNED, REJECTED);
            case UNDER_REVIEW -> Set.of(COMPLETED, RETURNED, REJECTED);
            default -> Set.of();
        };
    }

    /** Whether the municipality sees it in the inbox (submitted at least once). */
    public boolean inInbox() {
        return this != DRAFT;
    }
}
