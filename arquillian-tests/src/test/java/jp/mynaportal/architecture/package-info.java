/** The architecture rules of DESIGN.md section 2, checked on the compiled classes of every module. */
package jp.mynaportal.architecture;
