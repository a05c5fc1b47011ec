/**
 * The development PKI (BouncyCastle): test JPKI authentication and signing CAs that issue virtual
 * cards to residents, revoke them and publish CRLs. For development and tests only.
 */
package jp.mynaportal.card.devpki;
