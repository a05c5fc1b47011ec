-- Foreign keys of pittari_procedure, added once V11 has bulk-loaded the catalogue. The unique
-- (lg_code, template_id) index of V10 also serves lookups by municipality. The category needs no
-- key of its own: it is the template's category or, for a local procedure, one of the enum's.
-- Plain SQL that H2 2 and PostgreSQL both run unchanged.
CREATE INDEX pittari_procedure_template ON pittari_procedure (template_id);
ALTER TABLE pittari_procedure ADD CONSTRAINT pittari_procedure_municipality_fk
    FOREIGN KEY (lg_code) REFERENCES municipality (lg_code);
ALTER TABLE pittari_procedure ADD CONSTRAINT pittari_procedure_template_fk
    FOREIGN KEY (template_id) REFERENCES pittari_template (id);
