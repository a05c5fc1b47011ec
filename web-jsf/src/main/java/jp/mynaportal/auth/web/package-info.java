/**
 * Login screens and the token-login REST endpoint, the logged-in session with its timeouts, and the
 * rules that keep unregistered users on 利用者登録 and non-staff out of the counter pages.
 */
package jp.mynaportal.auth.web;
