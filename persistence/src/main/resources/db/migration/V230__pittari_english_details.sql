-- English 対象者, 必要書類, 提出先 (the department) and 手数料 of the national templates, filled by
-- V231 from pittari/procedure-templates-en.csv. NULL where a template has none; municipalities'
-- own texts stay Japanese. H2 2 and PostgreSQL alike.
ALTER TABLE pittari_template ADD COLUMN eligibility_en VARCHAR(2000);
ALTER TABLE pittari_template ADD COLUMN documents_en VARCHAR(4000);
ALTER TABLE pittari_template ADD COLUMN submit_to_en VARCHAR(400);
ALTER TABLE pittari_template ADD COLUMN fee_en VARCHAR(400);
