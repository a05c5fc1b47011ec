/** Access to what もっとつながる stores: the only code of the function that touches the EntityManager. */
package jp.mynaportal.connect.repository;
