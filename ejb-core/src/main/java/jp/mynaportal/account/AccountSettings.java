package jp.mynaportal.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * The caller's 利用者登録 as it is now.
 *
 * @param email the address in use, or null
 * @param pendingEmail a new address waiting for its confirmation link, or null
 * @param pendingUntil until when that link works, or null
 */
public record AccountSettings(
        String nickname, String email, boolean loginMail, boolean noticeMail, String pendingEmail, Instant pendingUntil)
        implements Serializable {}
