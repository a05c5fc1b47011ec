/**
 * Entities and value objects of the procedure catalogue: a {@link jp.mynaportal.pittari.model.ProcedureTemplate}
 * is written once for the nation, a {@link jp.mynaportal.pittari.model.MunicipalProcedure} is what one
 * municipality offers (its own page, online or not, with or without the electronic signature), and can
 * be revised or withdrawn by municipal staff without touching the template.
 */
package jp.mynaportal.pittari.model;
