/**
 * Entities and value objects of the application core: an {@link jp.mynaportal.application.model.Application}
 * (a draft until it is submitted), its attachments, its history of status changes, and the form fields a
 * procedure asks for.
 */
package jp.mynaportal.application.model;
