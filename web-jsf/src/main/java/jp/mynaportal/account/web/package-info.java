/** The 利用者登録 screen, and the same registration over REST for clients that logged in with a token. */
package jp.mynaportal.account.web;
