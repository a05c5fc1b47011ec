-- The agency registry: agencies (行政機関 and the other senders of records) that call the portal's
-- agency API, the certificates whose keys sign their requests, the single-use ids of their
-- requests, and the pseudonymous link codes (機関別符号-like) that identify a resident to one
-- agency. Runs unchanged on H2 2 and PostgreSQL.

CREATE TABLE agency (
    code           VARCHAR(16)   NOT NULL PRIMARY KEY,
    name_ja        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(160)  NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    lg_code        CHAR(6),
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE agency_certificate_seq START WITH 1 INCREMENT BY 50;
-- a certificate of an agency's signing key; the SHA-256 of its DER encoding is the key id (kid)
CREATE TABLE agency_certificate (
    id             BIGINT        NOT NULL PRIMARY KEY,
    agency_code    VARCHAR(16)   NOT NULL REFERENCES agency (code),
    thumbprint     CHAR(64)      NOT NULL UNIQUE,
    der            BYTEA         NOT NULL,
    not_before     TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after      TIMESTAMP WITH TIME ZONE NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX agency_certificate_agency ON agency_certificate (agency_code);

-- the jti of every accepted request, kept until the request's signature expires
CREATE TABLE agency_request_id (
    agency_code    VARCHAR(16)   NOT NULL REFERENCES agency (code),
    jti            VARCHAR(128)  NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (agency_code, jti)
);
CREATE INDEX agency_request_id_expiry ON agency_request_id (expires_at);

CREATE SEQUENCE agency_link_seq START WITH 1 INCREMENT BY 50;
-- 機関別符号-like: one code per (agency, resident), never the My Number or the portal's id
CREATE TABLE agency_link (
    id             BIGINT        NOT NULL PRIMARY KEY,
    agency_code    VARCHAR(16)   NOT NULL REFERENCES agency (code),
    resident_id    VARCHAR(36)   NOT NULL REFERENCES resident (id),
    link_code      VARCHAR(40)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agency_link_pair UNIQUE (agency_code, resident_id),
    CONSTRAINT agency_link_code UNIQUE (agency_code, link_code)
);
