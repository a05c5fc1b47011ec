/**
 * Web plumbing shared by every screen: the language choice, message lookup for beans, and the
 * security headers every response carries.
 */
package jp.mynaportal.platform.web;
