/**
 * Start-up of the portal's back end: the container data source and the schema migration that
 * runs before any service is used.
 */
package jp.mynaportal.platform;
