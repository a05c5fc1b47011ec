/** Container tests of the application core on H2 and PostgreSQL, its REST API, and the browser test of applying online. */
package jp.mynaportal.application;
