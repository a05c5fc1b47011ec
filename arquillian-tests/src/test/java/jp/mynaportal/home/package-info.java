/** Browser tests of the top page, the municipality chooser, the footer pages and the error pages. */
package jp.mynaportal.home;
