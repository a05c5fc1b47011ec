-- English texts of the national templates (name, 概要, form-field labels as key|label;...), filled
-- by V59 from pittari/procedure-templates-en.csv and pittari/form-field-labels-en.csv. NULL where a
-- template has none yet; municipalities' own texts stay Japanese. H2 2 and PostgreSQL alike.
ALTER TABLE pittari_template ADD COLUMN name_en VARCHAR(200);
ALTER TABLE pittari_template ADD COLUMN summary_en VARCHAR(2000);
ALTER TABLE pittari_template ADD COLUMN field_labels_en VARCHAR(4000);
