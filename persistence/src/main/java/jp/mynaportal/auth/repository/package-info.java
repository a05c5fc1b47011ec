/** Storage of login challenges; only this package touches the EntityManager for them. */
package jp.mynaportal.auth.repository;
