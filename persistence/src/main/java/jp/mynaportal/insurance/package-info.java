/**
 * 健康保険証利用申込 (the My Number card as health-insurance card) and オンライン資格確認: the
 * persistence side of the function, its entities and repositories.
 */
package jp.mynaportal.insurance;
