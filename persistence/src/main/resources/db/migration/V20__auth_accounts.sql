-- 住民 (residents), the certificates that identify them, their 利用者登録, and login challenges.
-- Runs unchanged on H2 2 and PostgreSQL 15.

CREATE TABLE resident (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    full_name   VARCHAR(100) NOT NULL,
    address     VARCHAR(300) NOT NULL,
    birth_date  DATE         NOT NULL,
    lg_code     CHAR(6)      NOT NULL REFERENCES municipality (lg_code),
    created_at  TIMESTAMP    NOT NULL
);

-- an authentication certificate (issuer + serial number) belongs to one resident
CREATE TABLE resident_certificate (
    certificate_ref  VARCHAR(600) NOT NULL PRIMARY KEY,
    resident_id      VARCHAR(36)  NOT NULL REFERENCES resident (id),
    card_label       VARCHAR(64)  NOT NULL,
    registered_at    TIMESTAMP    NOT NULL
);
CREATE INDEX resident_certificate_resident ON resident_certificate (resident_id);

-- 利用者登録: made at the first login
CREATE TABLE user_account (
    resident_id        VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES resident (id),
    nickname           VARCHAR(20)  NOT NULL,
    email              VARCHAR(254),
    terms_accepted_at  TIMESTAMP    NOT NULL,
    registered_at      TIMESTAMP    NOT NULL
);

-- single-use login challenges, shared by every node of a cluster
CREATE TABLE auth_challenge (
    nonce       VARCHAR(64)  NOT NULL PRIMARY KEY,
    session_id  VARCHAR(128) NOT NULL,
    issued_at   TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX auth_challenge_expires ON auth_challenge (expires_at);
