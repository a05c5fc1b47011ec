package jp.mynaportal.counter;

import java.io.Serializable;
import java.time.Instant;

/**
 * The resident's own entry of a new password at the counter, which a staff member started: a
 * single-use handle for the counter terminal's entry screen, valid until {@code expiresAt}, for the
 * staff member who started it and the reader with the resident's card only.
 *
 * @param handle the entry's random handle
 * @param expiresAt when the entry ends unused
 */
public record PinEntry(String handle, Instant expiresAt) implements Serializable {}
