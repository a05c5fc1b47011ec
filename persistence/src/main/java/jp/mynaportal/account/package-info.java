/** 利用者登録: residents, the certificates that identify them, and their registrations. */
package jp.mynaportal.account;
