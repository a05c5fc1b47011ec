/** Tests of 健康保険証利用申込 and オンライン資格確認: the service contract on H2 and PostgreSQL, the screens in Chromium. */
package jp.mynaportal.insurance;
