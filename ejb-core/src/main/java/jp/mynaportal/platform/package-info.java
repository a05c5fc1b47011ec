/**
 * Start-up of the portal's back end: the container data source, the settings outside the demo
 * profile that the portal refuses to start without, and the schema migration that runs before any
 * service is used.
 */
package jp.mynaportal.platform;
