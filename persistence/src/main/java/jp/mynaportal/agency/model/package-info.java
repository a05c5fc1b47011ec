/**
 * Entities of the agency registry: {@link jp.mynaportal.agency.model.Agency}, {@link
 * jp.mynaportal.agency.model.AgencyCertificate}, {@link jp.mynaportal.agency.model.AgencyRequestId}
 * and {@link jp.mynaportal.agency.model.AgencyLink}.
 */
package jp.mynaportal.agency.model;
