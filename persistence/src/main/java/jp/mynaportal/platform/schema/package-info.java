/** The database schema: Flyway migrations, the same on H2 and PostgreSQL. */
package jp.mynaportal.platform.schema;
