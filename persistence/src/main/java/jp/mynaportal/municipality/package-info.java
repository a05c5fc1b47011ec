/**
 * Municipalities (全国地方公共団体コード) and postal codes: the reference data every portal
 * function uses to place a resident or a search in a region.
 */
package jp.mynaportal.municipality;
