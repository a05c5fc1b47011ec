/** Container and browser tests of the login with the card, 利用者登録, the usage log and the counter. */
package jp.mynaportal.auth;
