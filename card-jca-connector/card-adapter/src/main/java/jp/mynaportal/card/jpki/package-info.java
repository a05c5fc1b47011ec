/**
 * The JPKI card as a client sees it: application and file identifiers, status words, the layout of
 * 券面事項入力補助AP, DigestInfo encoding, and {@link jp.mynaportal.card.jpki.JpkiCardClient}, which
 * reads certificates, checks PINs and signs over any {@link jp.mynaportal.card.transport.CardLink}.
 */
package jp.mynaportal.card.jpki;
