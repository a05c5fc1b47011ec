/** Column types shared by the entities of several portal functions. */
package jp.mynaportal.platform.model;
