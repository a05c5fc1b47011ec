-- やりとり履歴 (3-E): the exchanges of a resident's information between agencies as the agencies
-- record them, the residents' 提供要求 as durable jobs, and each built result as a snapshot.
-- Instants are TIMESTAMP WITH TIME ZONE (UTC), as since V35.

-- EclipseLink takes the value it draws as the top of a block of 50, so the first value drawn is 50
CREATE SEQUENCE exchange_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_request_seq START WITH 50 INCREMENT BY 50;

-- one exchange: when, 照会機関 (who asked), 提供機関 (who answered), 事務 (for which procedure),
-- 特定個人情報名 (which information), the outcome; names as the agency recorded them
CREATE TABLE exchange_record (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    resident_id       VARCHAR(36)              NOT NULL,
    exchanged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requester_code    VARCHAR(32)              NOT NULL,
    requester_name    VARCHAR(200)             NOT NULL,
    provider_code     VARCHAR(32)              NOT NULL,
    provider_name     VARCHAR(200)             NOT NULL,
    procedure_name    VARCHAR(300)             NOT NULL,
    information_name  VARCHAR(300)             NOT NULL,
    outcome           VARCHAR(16)              NOT NULL,
    recorded_by       VARCHAR(32)              NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exchange_record_resident ON exchange_record (resident_id, exchanged_at);

-- a 提供要求: ACCEPTED (受付済) -> BUILDING (作成中, claimed by a node until lease_until) ->
-- COMPLETED (完了) or FAILED (エラー, with a reason); attempt counts the claims and fences a
-- completion to the claim that is still current
CREATE TABLE exchange_request (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    resident_id     VARCHAR(36)              NOT NULL,
    period_from     DATE                     NOT NULL,
    period_to       DATE                     NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attempt         INTEGER                  NOT NULL,
    claimed_by      VARCHAR(100),
    lease_until     TIMESTAMP WITH TIME ZONE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    expires_at      TIMESTAMP WITH TIME ZONE,
    line_count      INTEGER,
    failure_reason  VARCHAR(40)
);
CREATE INDEX exchange_request_resident ON exchange_request (resident_id, requested_at);
CREATE INDEX exchange_request_work ON exchange_request (state, lease_until);

-- the lines of a built result: a copy of the exchanges of the period as they were when it was built
CREATE TABLE exchange_result_line (
    request_id        BIGINT                   NOT NULL,
    record_id         BIGINT                   NOT NULL,
    exchanged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requester_code    VARCHAR(32)              NOT NULL,
    requester_name    VARCHAR(200)             NOT NULL,
    provider_code     VARCHAR(32)              NOT NULL,
    provider_name     VARCHAR(200)             NOT NULL,
    procedure_name    VARCHAR(300)             NOT NULL,
    information_name  VARCHAR(300)             NOT NULL,
    outcome           VARCHAR(16)              NOT NULL,
    PRIMARY KEY (request_id, record_id),
    CONSTRAINT exchange_result_line_request FOREIGN KEY (request_id) REFERENCES exchange_request (id) ON DELETE CASCADE
);
CREATE INDEX exchange_result_line_time ON exchange_result_line (request_id, exchanged_at);
