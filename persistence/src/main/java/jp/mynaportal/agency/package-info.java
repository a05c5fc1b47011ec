/**
 * The agency registry's persistence: agencies, the certificates of their signing keys, the
 * single-use ids of their API requests, and the link codes that identify a resident to one agency.
 */
package jp.mynaportal.agency;
