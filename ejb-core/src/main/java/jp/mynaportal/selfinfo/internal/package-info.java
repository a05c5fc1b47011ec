/** The {@code @Stateless} and {@code @Singleton} implementations of あなたの情報's services, and its rules. */
package jp.mynaportal.selfinfo.internal;
