/** Tests of the application core's migrations over rows of earlier releases. */
package jp.mynaportal.application;
