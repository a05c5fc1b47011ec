/** The only code of 健康保険証利用申込 that touches the {@code EntityManager}. */
package jp.mynaportal.insurance.repository;
