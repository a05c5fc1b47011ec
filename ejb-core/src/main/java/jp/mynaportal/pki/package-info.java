/**
 * The public-key infrastructure checks every function shares: trusted CA certificates from files,
 * certificate paths to them with the CA's own validity, and CRLs read from files, cached until
 * their nextUpdate and accepted within a configured clock skew. Card login and application
 * signatures both check certificates here; what each requires beyond that (key usages, the
 * signing time) stays with them.
 */
package jp.mynaportal.pki;
