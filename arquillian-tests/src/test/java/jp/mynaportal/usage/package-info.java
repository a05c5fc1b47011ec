/** Container tests of 利用履歴: the hash chain, its checkpoints and verifier, instants stored as UTC. */
package jp.mynaportal.usage;
