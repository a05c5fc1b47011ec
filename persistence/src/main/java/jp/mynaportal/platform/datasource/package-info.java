/**
 * The portal's database connection, chosen by configuration: an H2 file database under the
 * data folder by default, PostgreSQL in production, with bounded timeouts, and no query retries
 * by EclipseLink when the database has gone away (the container's pool replaces the connections).
 */
package jp.mynaportal.platform.datasource;
