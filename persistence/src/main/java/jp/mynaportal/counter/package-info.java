/** The municipal counter: staff roles per municipality and the help staff give residents there. */
package jp.mynaportal.counter;
