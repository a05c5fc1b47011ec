-- ぴったりサービス online applications: drafts and submitted applications in one table (a draft
-- becomes the application when it is submitted, in one transaction), their attachments, the
-- history of status changes, and お知らせ to one resident. Plain SQL that H2 2 and PostgreSQL run
-- unchanged (BYTEA is BINARY VARYING in H2).

-- EclipseLink takes the value it draws as the top of a block of 50, so the first value drawn is 50
CREATE SEQUENCE pittari_application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pittari_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE pittari_application_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;

-- status: DRAFT, RECEIVED (受付), UNDER_REVIEW (審査中), COMPLETED (完了), RETURNED (差戻し), REJECTED (却下)
CREATE TABLE pittari_application (
    id              BIGINT         NOT NULL PRIMARY KEY,
    resident_id     VARCHAR(36)    NOT NULL,
    procedure_id    BIGINT         NOT NULL REFERENCES pittari_procedure (id),
    lg_code         CHAR(6)        NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    form_data       VARCHAR(200000) NOT NULL,
    receipt_number  VARCHAR(32),
    signature       BYTEA,
    signed_at       TIMESTAMP,
    created_at      TIMESTAMP      NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    submitted_at    TIMESTAMP,
    expires_at      TIMESTAMP,
    staff_comment   VARCHAR(2000),
    version         INTEGER        NOT NULL,
    CONSTRAINT pittari_application_receipt UNIQUE (receipt_number)
);
CREATE INDEX pittari_application_resident ON pittari_application (resident_id, status, updated_at);
CREATE INDEX pittari_application_inbox ON pittari_application (lg_code, status, submitted_at);

CREATE TABLE pittari_attachment (
    id              BIGINT         NOT NULL PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES pittari_application (id),
    field_key       VARCHAR(40)    NOT NULL,
    file_name       VARCHAR(255)   NOT NULL,
    content_type    VARCHAR(40)    NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    content         BYTEA          NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    CONSTRAINT pittari_attachment_field UNIQUE (application_id, field_key)
);

CREATE TABLE pittari_application_event (
    id              BIGINT         NOT NULL PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES pittari_application (id),
    occurred_at     TIMESTAMP      NOT NULL,
    actor_id        VARCHAR(36)    NOT NULL,
    from_status     VARCHAR(16)    NOT NULL,
    to_status       VARCHAR(16)    NOT NULL,
    comment         VARCHAR(2000)
);
CREATE INDEX pittari_application_event_app ON pittari_application_event (application_id, occurred_at);

-- お知らせ to one resident; title and text come from the message bundles by kind, with the
-- parameters stored here, so that a notice reads in the resident's language.
CREATE TABLE notice (
    id              BIGINT         NOT NULL PRIMARY KEY,
    resident_id     VARCHAR(36)    NOT NULL,
    kind            VARCHAR(40)    NOT NULL,
    parameters      VARCHAR(4000)  NOT NULL,
    application_id  BIGINT,
    created_at      TIMESTAMP      NOT NULL,
    read_at         TIMESTAMP
);
CREATE INDEX notice_resident ON notice (resident_id, created_at);
