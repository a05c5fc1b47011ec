/**
 * The JCA resource adapter that pools card-reader sessions. Configured by annotations only
 * (no {@code ra.xml}); deployed as {@code mynaportal-card.rar} before the application on Payara
 * Micro, or as a connector module of the EAR on Payara Server.
 */
package jp.mynaportal.card.adapter;
