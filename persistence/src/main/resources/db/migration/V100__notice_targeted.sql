-- お知らせ to many: one row per notice with its audience (one resident, or criteria), never one row
-- per recipient. Whether a resident sees a notice is decided when their list is read; only what
-- each resident did with it (read, archived) is stored per resident, when they do it.
-- Runs unchanged on H2 2 and PostgreSQL (BYTEA is BINARY VARYING in H2).
CREATE SEQUENCE notice_broadcast_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notice_broadcast (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    sender_kind      VARCHAR(16)              NOT NULL,
    sender_code      VARCHAR(32)              NOT NULL,
    sent_by          VARCHAR(64)              NOT NULL,
    title            VARCHAR(100)             NOT NULL,
    body             VARCHAR(4000)            NOT NULL,
    link_url         VARCHAR(500),
    attachment_name  VARCHAR(100),
    attachment       BYTEA,
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until      TIMESTAMP WITH TIME ZONE NOT NULL,
    to_resident_id   VARCHAR(36),
    to_lg_code       CHAR(6),
    min_age          INTEGER,
    max_age          INTEGER,
    child_under      INTEGER,
    child_allowance  BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notice_broadcast_valid ON notice_broadcast (valid_until, valid_from);
CREATE INDEX notice_broadcast_resident ON notice_broadcast (to_resident_id);

-- what one resident did with one notice to many
CREATE TABLE notice_receipt (
    broadcast_id  BIGINT                   NOT NULL REFERENCES notice_broadcast (id),
    resident_id   VARCHAR(36)              NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    archived_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (broadcast_id, resident_id)
);
CREATE INDEX notice_receipt_resident ON notice_receipt (resident_id);

-- personal notices can be archived too
ALTER TABLE notice ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX notice_resident_unread ON notice (resident_id, read_at);

-- the children of a resident's household as the municipality registered them, and whether the
-- household receives 児童手当 for them: the facts the audience criteria "child under N" and
-- "児童手当 households" are decided on
CREATE SEQUENCE resident_child_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE resident_child (
    id               BIGINT      NOT NULL PRIMARY KEY,
    resident_id      VARCHAR(36) NOT NULL REFERENCES resident (id),
    birth_date       DATE        NOT NULL,
    child_allowance  BOOLEAN     NOT NULL
);
CREATE INDEX resident_child_resident ON resident_child (resident_id);
CREATE INDEX resident_lg_birth ON resident (lg_code, birth_date);
