/**
 * もっとつながる in the persistence module: what passes between a resident and a relying site of
 * the portal's OpenID Provider (pairwise subjects, consents, authorization codes, access tokens,
 * used client assertions). The sites themselves are registered by an operator as files, read by
 * {@code ejb-core}.
 */
package jp.mynaportal.connect;
