-- お知らせ's own migration. V30 created the notice table and notice_seq together with the
-- applications; from here on they belong to the notice function. A notice no longer names an
-- application by its id: it may be about an item of any function (about_function, about_key),
-- e.g. an application of the application core. Existing rows keep what they were about.
ALTER TABLE notice ADD COLUMN about_function VARCHAR(32);
ALTER TABLE notice ADD COLUMN about_key VARCHAR(64);
UPDATE notice SET about_function = 'application', about_key = CAST(application_id AS VARCHAR(64))
    WHERE application_id IS NOT NULL;
ALTER TABLE notice DROP COLUMN application_id;
