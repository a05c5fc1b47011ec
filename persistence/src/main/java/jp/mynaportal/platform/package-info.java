/**
 * What every portal function stands on but none owns: the database connection, the schema and
 * its migrations, the profile (production unless the demo is asked for) and the production settings
 * without which the portal refuses to start. Nothing here knows a portal function.
 */
package jp.mynaportal.platform;
