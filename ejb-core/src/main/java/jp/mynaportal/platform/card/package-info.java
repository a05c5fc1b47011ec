/**
 * The card readers of this node as every function reaches them: the connection factories of the
 * card-reader resource adapter, looked up by JNDI name, behind one directory of reader names.
 */
package jp.mynaportal.platform.card;
