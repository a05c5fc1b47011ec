/** Tests of あなたの情報: the as-of service on H2 and PostgreSQL, the agencies' upload API, the screens. */
package jp.mynaportal.selfinfo;
