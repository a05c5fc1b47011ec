/** Tests of 利用者登録変更: nickname length, e-mail confirmation links, deletion, and their mails. */
package jp.mynaportal.account;
