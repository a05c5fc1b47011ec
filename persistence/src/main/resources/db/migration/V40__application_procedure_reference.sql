-- The application core serves every function that takes applications: an application names "a
-- procedure of some function" (the function and that function's own key for the procedure)
-- instead of a foreign key to pittari_procedure. Existing rows are ぴったりサービス applications
-- and keep their procedure as its id in text. The table keeps its name, which V30 refers to.
ALTER TABLE pittari_application ADD COLUMN procedure_function VARCHAR(32);
ALTER TABLE pittari_application ADD COLUMN procedure_key VARCHAR(64);
UPDATE pittari_application SET procedure_function = 'pittari', procedure_key = CAST(procedure_id AS VARCHAR(64));
ALTER TABLE pittari_application ALTER COLUMN procedure_function SET NOT NULL;
ALTER TABLE pittari_application ALTER COLUMN procedure_key SET NOT NULL;
-- dropping the column drops its foreign key on H2 2 and PostgreSQL alike
ALTER TABLE pittari_application DROP COLUMN procedure_id;
CREATE INDEX pittari_application_procedure
    ON pittari_application (resident_id, procedure_function, procedure_key, status);
