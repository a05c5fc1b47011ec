/** 利用履歴 entries: append-only records of what was done, by whom, when and from where. */
package jp.mynaportal.usage.model;
