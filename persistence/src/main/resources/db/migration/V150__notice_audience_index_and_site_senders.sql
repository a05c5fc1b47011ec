-- The unread count and list of a resident's notices to many look up three disjoint audiences:
-- notices to the resident (notice_broadcast_resident), criteria of their municipality
-- (to_lg_code = ?, to_resident_id IS NULL) and criteria of every municipality (both NULL). This
-- index serves the last two, with the end of the validity period, on H2 2 and PostgreSQL alike;
-- the validity index alone selects nearly every notice (notices stay valid for weeks).
CREATE INDEX notice_broadcast_audience ON notice_broadcast (to_lg_code, to_resident_id, valid_until);

-- a connected site sends お知らせ under its client id, which is up to 64 characters (agency and
-- municipality codes are shorter)
ALTER TABLE notice_broadcast ALTER COLUMN sender_code SET DATA TYPE VARCHAR(64);
