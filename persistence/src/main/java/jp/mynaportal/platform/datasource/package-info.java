/**
 * The portal's database connection, chosen by configuration: an H2 file database under the
 * data folder by default, PostgreSQL in production.
 */
package jp.mynaportal.platform.datasource;
