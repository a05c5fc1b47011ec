/**
 * The screens of the application core: the form, 確認, the electronic signature, 完了 with the
 * receipt download, 申請再開 of drafts, the counter inbox and one application for staff, the CSV
 * export of the inbox. The REST API of a function's applications lives with that function
 * (ぴったりサービス: {@code pittari.web.ApplicationResource}).
 */
package jp.mynaportal.application.web;
