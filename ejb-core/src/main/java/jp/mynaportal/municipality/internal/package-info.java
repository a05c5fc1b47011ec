/** The stateless implementation of the municipality service. */
package jp.mynaportal.municipality.internal;
