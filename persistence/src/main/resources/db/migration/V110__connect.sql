-- もっとつながる: the portal as an OpenID Provider. The relying sites themselves are registered by
-- an operator as files (mynaportal.connect.sites); these tables hold what happens between a
-- resident and a site: the pairwise subject, the consent, single-use authorization codes, issued
-- access tokens and the private_key_jwt assertions already used. Runs on H2 2 and PostgreSQL.

-- the stable, pseudonymous subject of one resident at one site (never the My Number or the resident id)
CREATE TABLE connect_subject (
    client_id    VARCHAR(64)  NOT NULL,
    resident_id  VARCHAR(36)  NOT NULL REFERENCES resident (id),
    subject      VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, resident_id)
);
CREATE UNIQUE INDEX connect_subject_by_subject ON connect_subject (client_id, subject);

-- the resident's consent to a site: what it receives, and whether it may deliver お知らせ
CREATE SEQUENCE connect_consent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE connect_consent (
    id              BIGINT       NOT NULL PRIMARY KEY,
    client_id       VARCHAR(64)  NOT NULL,
    resident_id     VARCHAR(36)  NOT NULL REFERENCES resident (id),
    claims          VARCHAR(500) NOT NULL,
    notices         BOOLEAN      NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX connect_consent_resident ON connect_consent (resident_id, client_id);

-- single-use authorization codes, kept as their SHA-256 only
CREATE TABLE connect_code (
    code_hash        CHAR(64)      NOT NULL PRIMARY KEY,
    client_id        VARCHAR(64)   NOT NULL,
    resident_id      VARCHAR(36)   NOT NULL REFERENCES resident (id),
    consent_id       BIGINT        NOT NULL REFERENCES connect_consent (id),
    redirect_uri     VARCHAR(1000) NOT NULL,
    code_challenge   VARCHAR(128)  NOT NULL,
    nonce            VARCHAR(255),
    claims           VARCHAR(500)  NOT NULL,
    auth_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX connect_code_expires ON connect_code (expires_at);

-- access tokens for the userinfo endpoint, kept as their SHA-256 only
CREATE TABLE connect_token (
    token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    code_hash    CHAR(64)     NOT NULL REFERENCES connect_code (code_hash),
    client_id    VARCHAR(64)  NOT NULL,
    resident_id  VARCHAR(36)  NOT NULL REFERENCES resident (id),
    consent_id   BIGINT       NOT NULL REFERENCES connect_consent (id),
    claims       VARCHAR(500) NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX connect_token_consent ON connect_token (consent_id);
CREATE INDEX connect_token_code ON connect_token (code_hash);

-- private_key_jwt client assertions already used (jti), until they expire
CREATE TABLE connect_assertion (
    client_id   VARCHAR(64)  NOT NULL,
    jti         VARCHAR(128) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (client_id, jti)
);
