/**
 * Card transports behind one interface, {@link jp.mynaportal.card.transport.CardTransport}: the
 * in-process virtual readers (default) and PC/SC through {@code javax.smartcardio}; plus
 * {@link jp.mynaportal.card.transport.VpcdBridge}, which serves a virtual card to vsmartcard's vpcd
 * so that its APDUs travel through the real PC/SC stack.
 */
package jp.mynaportal.card.transport;
