/**
 * The demo profile's stand-ins for external sites: the relying sites of もっとつながる that {@code
 * jp.mynaportal.demo.DemoSites} registers, served at {@code /demo-sites/<id>/} (404 outside the
 * demo profile).
 */
package jp.mynaportal.demo.web;
