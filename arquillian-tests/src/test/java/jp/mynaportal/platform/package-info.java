/**
 * Tests of what every function shares: the portal living through a database restart, and no
 * management endpoint, server name or internal name reaching a visitor.
 */
package jp.mynaportal.platform;
