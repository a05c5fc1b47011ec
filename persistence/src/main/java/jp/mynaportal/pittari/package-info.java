/**
 * ぴったりサービス persistence: the national catalogue of procedure templates in the handbook's
 * twelve categories and the procedures each municipality and ward offers from it or on its own.
 */
package jp.mynaportal.pittari;
