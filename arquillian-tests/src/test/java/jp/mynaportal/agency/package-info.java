/** Tests of the agency registry and the authentication of signed agency requests. */
package jp.mynaportal.agency;
