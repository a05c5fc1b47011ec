/**
 * The {@code @Stateless} implementations of 健康保険証利用申込, the function's procedure catalogue
 * for the application core, the observer that passes a submitted application on to the insurer,
 * and the demo insurers.
 */
package jp.mynaportal.insurance.internal;
