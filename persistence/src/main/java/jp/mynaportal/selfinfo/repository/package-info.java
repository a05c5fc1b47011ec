/** The repository of あなたの情報, over JPA. */
package jp.mynaportal.selfinfo.repository;
