/**
 * Builds the national procedure catalogue once, as a Flyway Java migration: the vendored templates
 * ({@code pittari/procedure-templates.csv}) and, for every municipality and ward, the procedures it
 * offers, decided deterministically from its local-government code so that every database gets
 * the same catalogue.
 */
package jp.mynaportal.pittari.loader;
