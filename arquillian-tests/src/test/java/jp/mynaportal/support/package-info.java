/** What every container and browser test shares: the deployments, the test databases, the browser. */
package jp.mynaportal.support;
