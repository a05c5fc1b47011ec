/**
 * Region lookup for every portal function: postal code to municipality, municipality names
 * (kanji or kana, in part) to candidates, a prefecture's municipalities with the wards of its
 * designated cities under their city.
 */
package jp.mynaportal.municipality;
