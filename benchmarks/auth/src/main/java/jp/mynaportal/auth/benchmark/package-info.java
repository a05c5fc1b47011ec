/** Login benchmarks: token validation against raw RSA verification (JMH), and token logins over HTTP. */
package jp.mynaportal.auth.benchmark;
