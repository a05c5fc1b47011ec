/**
 * The electronic signature of online applications (電子署名): the canonical bytes of an
 * application, a CAdES-BES signature (CMS SignedData, SHA-256 with RSA) whose private-key
 * operation the My Number card performs with its signing key, and the verification of such a
 * signature against the application as it is now, the trusted signing CAs and their CRLs. Plain
 * Java, so that it runs in unit tests as it runs in the container.
 */
package jp.mynaportal.application.signature;
