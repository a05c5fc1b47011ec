package jp.mynaportal.auth;

import java.time.Duration;

/**
 * スマートフォンでログイン (2次元バーコードでログイン): a browser without a card reader shows a
 * QR code holding a one-time request bound to its session; a phone (or any client that holds the
 * card and speaks the token login) confirms the request with a Web eID token for the request's
 * challenge; the browser, polling, collects the login. A request lives {@link #REQUEST_LIFETIME},
 * is confirmed once, logs in only the browser session that showed it, and is refused once that
 * session ended.
 */
public interface PhoneLoginService {

    Duration REQUEST_LIFETIME = Duration.ofMinutes(2);

    /** Opens a request for a browser session (anyone may; the login still needs the card). */
    PhoneLoginCode start(String browserSession);

    /**
     * The phone's side: the Web eID token (JSON) for the request's challenge.
     *
     * @return {@link LoginOutcome#SUCCESS}, or why the request or the token is refused
     */
    LoginOutcome confirm(String requestId, String tokenJson, String terminal);

    /** The browser's side: whether the request was confirmed, and then (once) a login ticket. */
    PhoneLoginProgress collect(String requestId, String browserSession);

    /** A browser session ended: its requests can no longer be confirmed or collected. */
    void sessionEnded(String browserSession);
}
