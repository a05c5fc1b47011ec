/** Login challenges: single-use nonces bound to an HTTP session, shared by the nodes of a cluster. */
package jp.mynaportal.auth.model;
