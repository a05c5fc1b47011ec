/**
 * The screens of ぴったりサービス (handbook 3-C): the introduction, ① 地域を選んでください, ② the three
 * search modes with their result list, 手続詳細 and 地域比較. Every step is a GET address that
 * carries its inputs, so that a search can be shared as a link and the back button keeps them.
 * 申請する hands the chosen procedures to the application core ({@code ApplyStartView}), and
 * {@code ApplicationResource} is the REST API of ぴったりサービス applications over it.
 */
package jp.mynaportal.pittari.web;
