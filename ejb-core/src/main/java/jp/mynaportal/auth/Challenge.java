package jp.mynaportal.auth;

import java.time.Instant;

/**
 * A login challenge as handed to a client.
 *
 * @param nonce base64 of 32 random bytes
 * @param expiresAt when it stops being accepted
 */
public record Challenge(String nonce, Instant expiresAt) {}
