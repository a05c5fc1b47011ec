/**
 * もっとつながる (handbook 3-I): the portal as an OpenID Provider for the relying sites an operator
 * registered. {@link jp.mynaportal.connect.ConnectService} is the resident's side (the list of
 * sites, the consent to one, つなぐのをやめる); {@link jp.mynaportal.connect.OpenIdProvider} the
 * sites' side (discovery, JWKS, token and userinfo endpoints); {@link
 * jp.mynaportal.connect.NoticeSharingService} 外部サイトへのお知らせ情報提供, the consent per connected
 * site that it provides お知らせ, which the resident can grant a 代理人. Authorization code flow with PKCE
 * (S256 only), signed ID tokens and a pairwise subject per site, built on Nimbus {@code
 * oauth2-oidc-sdk} and {@code nimbus-jose-jwt}.
 */
package jp.mynaportal.connect;
