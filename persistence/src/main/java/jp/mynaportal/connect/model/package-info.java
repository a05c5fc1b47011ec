/**
 * Entities of もっとつながる: {@link jp.mynaportal.connect.model.PairwiseSubject}, {@link
 * jp.mynaportal.connect.model.SiteConsent}, {@link jp.mynaportal.connect.model.AuthorizationCode},
 * {@link jp.mynaportal.connect.model.AccessToken} and {@link
 * jp.mynaportal.connect.model.UsedAssertion}. Codes and tokens are stored as their SHA-256 only.
 */
package jp.mynaportal.connect.model;
