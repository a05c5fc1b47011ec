/** The notice service over the notice repository. */
package jp.mynaportal.notice.internal;
