package jp.mynaportal.auth.web;

import jakarta.security.enterprise.credential.Credential;

/**
 * The single-use login ticket a successful card or token login returned, handed to the
 * authentication mechanism through {@code SecurityContext.authenticate}.
 */
record LoginTicketCredential(String ticket) implements Credential {}
