/** Container tests of the ぴったりサービス catalogue on H2 and PostgreSQL, and the browser test of its screens. */
package jp.mynaportal.pittari;
