/** The usage-log service implementation. */
package jp.mynaportal.usage.internal;
