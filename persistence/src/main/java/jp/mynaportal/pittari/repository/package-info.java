/**
 * Queries and changes of the procedure catalogue; {@link jp.mynaportal.pittari.repository.JpaProcedureRepository}
 * is the only class of the function that touches the EntityManager.
 */
package jp.mynaportal.pittari.repository;
