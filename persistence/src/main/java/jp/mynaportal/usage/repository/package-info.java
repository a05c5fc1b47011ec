/** Storage of the usage log; only this package touches the EntityManager for it. */
package jp.mynaportal.usage.repository;
