/**
 * The OpenID Provider behind {@link jp.mynaportal.connect.ConnectService} and {@link
 * jp.mynaportal.connect.OpenIdProvider}: the operator's site registrations ({@link
 * jp.mynaportal.connect.internal.RelyingSites}), the signing keys in the data folder with rotation
 * ({@link jp.mynaportal.connect.internal.SigningKeys}), pairwise subjects, client authentication,
 * ID tokens, all on Nimbus {@code oauth2-oidc-sdk} and {@code nimbus-jose-jwt}.
 */
package jp.mynaportal.connect.internal;
