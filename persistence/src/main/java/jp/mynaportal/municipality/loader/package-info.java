/**
 * Loads the vendored reference data (municipalities, postal codes) into the database exactly
 * once, as a Flyway Java migration, so that a restart never reloads it.
 */
package jp.mynaportal.municipality.loader;
