/**
 * The agency API's web side: the authentication of signed agency requests (called by the portal's
 * one authentication mechanism for every request under {@code /api/agency/}), the check of the
 * body against the digest the agency signed, and the registry's own endpoints.
 */
package jp.mynaportal.agency.web;
