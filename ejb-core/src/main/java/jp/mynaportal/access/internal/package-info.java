/**
 * The access policy's rules and the container-backed current caller: the actor comes from the
 * principal the authentication mechanism gave the container, read through Jakarta Security.
 */
package jp.mynaportal.access.internal;
