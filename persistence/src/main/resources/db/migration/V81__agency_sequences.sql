-- V80 created the agency sequences starting at 1 with an increment of 50; EclipseLink pre-allocates
-- 50 ids per call and refuses a sequence whose first value is below its increment ("setup
-- incorrectly"), so no certificate or link could ever be stored. Start them where the other
-- sequences of the portal start (no row can have used them).
ALTER SEQUENCE agency_certificate_seq RESTART WITH 50;
ALTER SEQUENCE agency_link_seq RESTART WITH 50;
