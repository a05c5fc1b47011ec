/** Storage of residents, their certificates and registrations; only this package touches the EntityManager for them. */
package jp.mynaportal.account.repository;
