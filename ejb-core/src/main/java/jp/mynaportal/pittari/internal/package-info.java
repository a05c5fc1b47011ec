/**
 * The stateless implementations of the ぴったりサービス services and their in-memory Lucene index:
 * Kuromoji words and hiragana reading pieces of every template and every municipality's own texts,
 * their categories, the templates' English texts, and the catalogue team's synonym dictionaries
 * ({@code pittari/synonyms-ja.txt}, {@code pittari/synonyms-en.txt}) applied to residents' queries.
 */
package jp.mynaportal.pittari.internal;
