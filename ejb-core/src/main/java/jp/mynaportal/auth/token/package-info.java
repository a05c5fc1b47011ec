/**
 * Validation of what a card produced at login: Web eID authentication tokens, the signature over
 * origin and challenge, the certificate's key usage, validity, path to a trusted CA and revocation
 * by CRL. Plain Java, so that it runs in unit tests and benchmarks as it runs in the container.
 */
package jp.mynaportal.auth.token;
