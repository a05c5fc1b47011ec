/**
 * Entities and value objects of the municipality reference data: prefectures, municipalities and
 * the wards of designated cities, and the postal areas that point at them.
 */
package jp.mynaportal.municipality.model;
