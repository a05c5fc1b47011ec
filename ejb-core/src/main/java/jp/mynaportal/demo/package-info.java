/**
 * The demonstration data of the demo profile ({@code mynaportal.profile=demo}): demo residents with virtual cards from the
 * development PKI, their certificates and a counter staff member. Nothing depends on this package;
 * a deployment in any other profile seeds nothing.
 */
package jp.mynaportal.demo;
