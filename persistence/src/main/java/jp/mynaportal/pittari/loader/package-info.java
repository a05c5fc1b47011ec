/**
 * Builds the national procedure catalogue once, as Flyway Java migrations: the vendored templates
 * ({@code pittari/procedure-templates.csv}) and, for every municipality and ward, the procedures it
 * offers, decided deterministically from its local-government code so that every database gets
 * the same catalogue; then the templates' English names, summaries, 対象者, 必要書類, 提出先, 手数料
 * and form-field labels ({@code pittari/procedure-templates-en.csv},
 * {@code pittari/form-field-labels-en.csv}).
 */
package jp.mynaportal.pittari.loader;
