/** メール as stored: the outbox every mail of the portal passes through. */
package jp.mynaportal.mail;
