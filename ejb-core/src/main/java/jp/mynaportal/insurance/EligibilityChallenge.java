package jp.mynaportal.insurance;

import java.io.Serializable;
import java.time.Instant;

/**
 * A single-use challenge for one eligibility check: the card in the institution's reader signs
 * {@code challenge} (its bytes, base64url-decoded) with the 利用者証明用 key, SHA-256 with RSA.
 */
public record EligibilityChallenge(String challenge, Instant expiresAt) implements Serializable {}
