/** The 利用者登録 screen. */
package jp.mynaportal.account.web;
