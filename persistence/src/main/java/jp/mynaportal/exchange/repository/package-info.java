/**
 * Access to exchange records and to 提供要求: adding records, claiming requests with {@code SELECT
 * … FOR UPDATE SKIP LOCKED} (the same statement on H2 2 and PostgreSQL), building a result with one
 * {@code INSERT … SELECT}, and reading a result a page at a time.
 */
package jp.mynaportal.exchange.repository;
