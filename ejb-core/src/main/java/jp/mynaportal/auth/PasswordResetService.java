package jp.mynaportal.auth;

/**
 * ログイン用パスワードの再設定 by the resident, without a counter visit (as Japan's kiosks and
 * Germany's PUK allow): on a terminal whose card readers the operator enabled, the card holder proves
 * possession and knowledge with the signing password (6–16 characters; five wrong ones lock it, as
 * always) and sets a new 4-digit login password through the card itself. Nobody is logged in: the
 * card's certificate names the resident, whose 利用履歴 and お知らせ (and mail, where asked for) record
 * it, so that a reset nobody asked for is seen.
 */
public interface PasswordResetService {

    /**
     * Resets the login password of the card in the reader. The arrays are wiped.
     *
     * @param terminal the client address, which must be one the operator enabled for reader use
     */
    PasswordResetResult resetWithSigningPassword(
            String readerName, char[] signingPassword, char[] newPin, char[] repeated, String terminal);
}
