/**
 * The stateless implementations of the ぴったりサービス services and their in-memory Lucene index:
 * Kuromoji words and hiragana reading pieces of every template and every municipality's own texts.
 */
package jp.mynaportal.pittari.internal;
