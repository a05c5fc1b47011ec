package jp.mynaportal.counter;

import java.io.Serializable;

/**
 * The resident whose card lies on the counter's reader.
 *
 * @param residentId the resident
 * @param fullName 氏名
 * @param lgCode the municipality the resident is registered in
 * @param triesLeft the authentication PIN's tries left (0: blocked)
 */
public record CardHolder(String residentId, String fullName, String lgCode, int triesLeft) implements Serializable {}
