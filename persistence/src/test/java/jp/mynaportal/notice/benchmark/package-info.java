/** The お知らせ benchmark (run by hand, see docs/PERFORMANCE.md); not a test. */
package jp.mynaportal.notice.benchmark;
