/**
 * The 利用履歴 screen (handbook 3-G): a person's own usage log with staff access shown, filtered by
 * period and kind, paged, and as a CSV download.
 */
package jp.mynaportal.usage.web;
