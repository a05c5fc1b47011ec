package jp.mynaportal.application.web;

import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.platform.web.Messages;

/**
 * Where a failed card signature is told on a signing page, whichever key signed (the signing key of
 * ぴったりサービス, the authentication key of 健康保険証利用申込): a wrong, badly formed or blocked
 * password beside the password field (with the tries left), anything else at the top of the page.
 */
public final class SigningFailures {

    private SigningFailures() {}

    public static void show(ApplicationException e, String passwordField) {
        String key = e.reason().messageKey();
        switch (e.reason()) {
            case SIGN_PIN_WRONG, AUTH_PIN_WRONG -> Messages.error(passwordField, key, e.triesLeft());
            case SIGN_PIN_FORMAT, SIGN_PIN_BLOCKED, AUTH_PIN_FORMAT, AUTH_PIN_BLOCKED ->
                Messages.error(passwordField, key);
            default -> Messages.error(null, key);
        }
    }
}
