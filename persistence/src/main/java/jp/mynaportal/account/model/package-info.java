/**
 * Residents (住民), the authentication certificates that identify them, and their 利用者登録
 * (nickname, optional e-mail, accepted terms of use).
 */
package jp.mynaportal.account.model;
