/** The registration service and the seeding of demo residents with virtual cards (default profile only). */
package jp.mynaportal.account.internal;
