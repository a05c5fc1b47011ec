/** The outbox row of one mail: recipient, rendered subject and text, attempts, lease and result. */
package jp.mynaportal.mail.model;
