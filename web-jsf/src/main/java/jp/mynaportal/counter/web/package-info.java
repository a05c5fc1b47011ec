/** The counter screens for municipal staff: resetting a resident's blocked card password. */
package jp.mynaportal.counter.web;
