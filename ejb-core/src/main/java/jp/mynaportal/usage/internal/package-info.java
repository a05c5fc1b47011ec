/**
 * The usage-log service implementation: appending to the hash chain in the caller's transaction,
 * reading a person's entries as records, and the signed checkpoints of the chain head.
 */
package jp.mynaportal.usage.internal;
