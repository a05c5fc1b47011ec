/** Load clients for online applications against a running portal. */
package jp.mynaportal.pittari.benchmark;
