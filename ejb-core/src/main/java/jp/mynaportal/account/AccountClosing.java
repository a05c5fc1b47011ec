package jp.mynaportal.account;

/**
 * What other functions remove when a resident deletes their 利用者登録, in the same transaction
 * (お知らせ removes the personal notices); functions that depend on {@code account} implement it,
 * so that {@code account} names none of them.
 */
public interface AccountClosing {

    /** Removes what this function keeps for the resident and may remove. */
    void accountClosed(String residentId);
}
