/** Container tests of the municipality lookup on H2 and PostgreSQL. */
package jp.mynaportal.municipality;
