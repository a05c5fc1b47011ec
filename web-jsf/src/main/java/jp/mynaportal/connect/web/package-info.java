/**
 * もっとつながる's screens and endpoints: the list of sites ({@code /connect/sites.xhtml}), the
 * authorization endpoint ({@code /connect/authorize}) and the consent screen ({@code
 * /connect/consent.xhtml}), the discovery document ({@code /.well-known/openid-configuration}) and
 * the JWKS, token and userinfo endpoints under {@code /api/connect}.
 */
package jp.mynaportal.connect.web;
