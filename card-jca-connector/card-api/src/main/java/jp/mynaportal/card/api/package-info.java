/**
 * The client API of the card-reader resource adapter: a {@link jp.mynaportal.card.api.CardReaders}
 * connection factory looked up by JNDI name, and the sessions it hands out. Applications compile
 * against this package only; the adapter that implements it lives in the rar.
 */
package jp.mynaportal.card.api;
