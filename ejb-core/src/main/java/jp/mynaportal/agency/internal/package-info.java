/** The {@code @Stateless} implementations of the agency services. */
package jp.mynaportal.agency.internal;
