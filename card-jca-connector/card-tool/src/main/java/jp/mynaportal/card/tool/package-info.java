/**
 * The operators' command-line tool: issue, revoke and list virtual cards of the development PKI,
 * reset a PIN with the administrator key, publish CRLs, and make Web eID tokens with a virtual or
 * a PC/SC card.
 */
package jp.mynaportal.card.tool;
