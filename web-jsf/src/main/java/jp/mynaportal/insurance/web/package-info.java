/**
 * The screens of 健康保険証利用申込 (handbook 3-B): the explanation with the six benefits, the 利用規約
 * (ステップ1), reading the card with the login password (ステップ2) and 完了.
 */
package jp.mynaportal.insurance.web;
