-- メール: every mail the portal sends is first a row here, written in the same transaction as what
-- causes it; a worker on any node claims due rows with a lease (a conditional UPDATE, so two
-- workers never claim the same row), sends them, and marks them sent or due again later.
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mail_outbox (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    mail_kind        VARCHAR(32)              NOT NULL,
    recipient        VARCHAR(254)             NOT NULL,
    subject          VARCHAR(200)             NOT NULL,
    body             VARCHAR(8000)            NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER                  NOT NULL,
    lease_until      TIMESTAMP WITH TIME ZONE,
    leased_by        VARCHAR(64),
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500)
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
