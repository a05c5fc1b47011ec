/**
 * Queries and changes of applications; {@link jp.mynaportal.application.repository.JpaApplicationRepository}
 * is the only class of the application core that touches the EntityManager.
 */
package jp.mynaportal.application.repository;
