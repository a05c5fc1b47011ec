/**
 * The usage log's tamper evidence: the canonical encoding and SHA-256 hash of an entry that links
 * it to the one before, the portal's checkpoint key and signed checkpoints of the chain head, the
 * verifier that walks the chain over plain JDBC (also from the operator command), the migrations
 * that chain existing rows and make the log tables refuse UPDATE and DELETE.
 */
package jp.mynaportal.usage.chain;
