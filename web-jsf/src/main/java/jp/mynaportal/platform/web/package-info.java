/**
 * Web plumbing shared by every screen: the language choice, message lookup for beans, the
 * security headers every response carries, the friendly 503 answer while the database cannot be
 * reached, and keeping internal names (error page paths, class names) out of the pages.
 */
package jp.mynaportal.platform.web;
