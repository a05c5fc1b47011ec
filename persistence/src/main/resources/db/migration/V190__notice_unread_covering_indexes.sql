-- The unread count reads only indexes (issue 15's "未読 count p95 < 10 ms"): the criteria of a
-- notice to many (validity, age range, child age, 児童手当) and its id follow the audience's key in
-- the index, so counting a municipality's notices never visits their rows (a notice row is large:
-- its title and body); and a resident's receipt of a notice carries whether they read it (the
-- notice's id second, so that H2 finds one receipt by both keys instead of scanning all of the
-- resident's). Both replace indexes of the same leading columns, which every other lookup still
-- uses. H2 2 and PostgreSQL.
DROP INDEX notice_broadcast_audience;
CREATE INDEX notice_broadcast_audience ON notice_broadcast
    (to_lg_code, to_resident_id, valid_until, valid_from, min_age, max_age, child_under, child_allowance, id);

DROP INDEX notice_receipt_resident;
CREATE INDEX notice_receipt_resident ON notice_receipt (resident_id, broadcast_id, read_at);
