/**
 * Login screens and the token-login REST endpoint, and the portal's one Jakarta Security
 * authentication mechanism: it turns the login services' single-use tickets into the container's
 * caller, keeps that caller in the session with its timeouts, keeps a card holder before 利用者登録 on
 * the registration page, and sends anonymous visitors of protected pages (web.xml's security
 * constraints) to the login page and back.
 */
package jp.mynaportal.auth.web;
