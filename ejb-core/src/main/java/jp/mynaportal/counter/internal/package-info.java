/** The counter service implementation: staff authorization per municipality and PIN resets. */
package jp.mynaportal.counter.internal;
