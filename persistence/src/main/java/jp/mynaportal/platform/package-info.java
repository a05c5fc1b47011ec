/**
 * What every portal function stands on but none owns: the database connection, the schema and
 * its migrations. Nothing here knows a portal function.
 */
package jp.mynaportal.platform;
