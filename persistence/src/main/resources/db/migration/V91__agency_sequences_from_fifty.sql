-- The agency registry's sequences (V80) start at 1, but EclipseLink takes each value it draws as
-- the top of a block of 50 (allocationSize), so the first value must be at least 50: with 1 the
-- demo seed's first certificate failed ("sequence ... is setup incorrectly") and the portal did not
-- deploy on a new database. Every other sequence starts at 50 (see V21); these do now too. No row
-- can have been stored with them before, since storing one failed.
ALTER SEQUENCE agency_certificate_seq RESTART WITH 50;
ALTER SEQUENCE agency_link_seq RESTART WITH 50;
