/** Login with the My Number card: challenges that the card signs and the server checks. */
package jp.mynaportal.auth;
