/** The login service implementation, its configuration and the application's token validator. */
package jp.mynaportal.auth.internal;
