/** Who may call which service: every service method against callers of every kind, inside the container. */
package jp.mynaportal.access;
