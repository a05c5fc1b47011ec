/** お知らせ as stored: kind and parameters, rendered from the message bundles when shown. */
package jp.mynaportal.notice.model;
