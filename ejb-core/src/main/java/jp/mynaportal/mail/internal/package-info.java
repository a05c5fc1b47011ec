/** The outbox, its templates and settings, the worker that claims and sends mails, and the transports. */
package jp.mynaportal.mail.internal;
