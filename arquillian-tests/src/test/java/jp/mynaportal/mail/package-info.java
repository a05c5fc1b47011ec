/** Tests of the mail outbox and its worker against a GreenMail SMTP server inside the container. */
package jp.mynaportal.mail;
