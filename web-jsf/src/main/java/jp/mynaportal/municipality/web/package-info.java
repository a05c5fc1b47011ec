/**
 * Choosing a municipality: by postal code, by name (kanji or kana), or prefecture → municipality.
 * The visitor's choice is kept for the session and shown on the top page.
 */
package jp.mynaportal.municipality.web;
