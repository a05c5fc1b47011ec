/**
 * The virtual JPKI card: a software card that answers the real card's APDUs, with its keys,
 * certificates and retry counters in a card file that threads and processes update atomically.
 */
package jp.mynaportal.card.virtual;
