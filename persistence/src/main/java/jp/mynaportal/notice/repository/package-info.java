/** Access to stored notices. */
package jp.mynaportal.notice.repository;
