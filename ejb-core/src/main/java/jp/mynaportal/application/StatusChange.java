package jp.mynaportal.application;

import java.io.Serializable;
import java.time.Instant;
import jp.mynaportal.application.model.ApplicationStatus;

/** One step of an application's history; {@code byApplicant} tells a (re)submission from a staff decision. */
public record StatusChange(
        Instant at, ApplicationStatus from, ApplicationStatus to, String comment, boolean byApplicant)
        implements Serializable {}
