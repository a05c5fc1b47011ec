/** Storage of staff roles; only this package touches the EntityManager for them. */
package jp.mynaportal.counter.repository;
