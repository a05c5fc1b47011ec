/**
 * The stateless implementations of the application services and their helpers: form building and
 * validation, attachment rules, signing through the card reader, receipts and the cleanup of expired
 * drafts.
 */
package jp.mynaportal.application.internal;
