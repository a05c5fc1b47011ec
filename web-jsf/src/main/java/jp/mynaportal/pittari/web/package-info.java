/**
 * The screens of ぴったりサービス (handbook 3-C): the introduction, ① 地域を選んでください, ② the three
 * search modes with their result list, 手続詳細 and 地域比較. Every step is a GET address that
 * carries its inputs, so that a search can be shared as a link and the back button keeps them.
 */
package jp.mynaportal.pittari.web;
