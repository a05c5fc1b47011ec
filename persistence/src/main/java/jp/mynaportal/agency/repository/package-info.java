/** The one repository of the agency registry, over JPA. */
package jp.mynaportal.agency.repository;
