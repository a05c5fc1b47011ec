/** やりとり履歴: the job claiming in the container on H2 and PostgreSQL, the kill test, the screens in Chromium. */
package jp.mynaportal.exchange;
