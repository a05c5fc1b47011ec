/**
 * What every container and browser test shares: the deployments ({@link
 * jp.mynaportal.support.PortalDeployment}: one Payara Micro for all H2 classes and one for all
 * PostgreSQL classes, kept running between test classes by {@link
 * jp.mynaportal.support.SharedMicroContainer} and grouped by {@link
 * jp.mynaportal.support.SharedDeploymentOrder}), the test databases, the browser and the HTTP and
 * token-login helpers.
 */
package jp.mynaportal.support;
