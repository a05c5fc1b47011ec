-- 利用履歴: append-only record of logins, failures and logouts (and later every portal action)

-- EclipseLink takes the value it draws as the top of a block of 50, so the first value drawn is 50
CREATE SEQUENCE usage_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE usage_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    resident_id  VARCHAR(36),
    action       VARCHAR(32)  NOT NULL,
    result       VARCHAR(40)  NOT NULL,
    terminal     VARCHAR(200) NOT NULL
);
CREATE INDEX usage_log_resident ON usage_log (resident_id, occurred_at);
