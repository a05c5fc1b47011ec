/** The deliverables deployed as an operator would: the EAR on a Payara Server domain. */
package jp.mynaportal.deployment;
