/** Staff roles per municipality: who may help residents at which municipal counter. */
package jp.mynaportal.counter.model;
