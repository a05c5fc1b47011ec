/** Queries over the municipality reference data; only this package touches the EntityManager for it. */
package jp.mynaportal.municipality.repository;
