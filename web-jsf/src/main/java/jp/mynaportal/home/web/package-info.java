/**
 * The top page (handbook 3-A): the service tiles a–i, the registered municipality, related sites,
 * and the page that says plainly when a service is not available yet.
 */
package jp.mynaportal.home.web;
