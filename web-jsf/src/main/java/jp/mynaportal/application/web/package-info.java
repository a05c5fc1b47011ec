/**
 * The screens of the application core: the form, 確認, the electronic signature, 完了 with the
 * receipt download, 申請再開 of drafts, the counter inbox and one application for staff, the CSV
 * export of the inbox, and the application REST API.
 */
package jp.mynaportal.application.web;
