-- 健康保険証利用申込 and オンライン資格確認: the health insurers (保険者) the portal passes
-- registrations to, who is insured by whom over time (an insurer change closes one coverage and
-- opens the next), each resident's one registration of the card as 健康保険証, and the single-use
-- challenges a medical institution's card reader signs for an eligibility check.
-- Plain SQL that H2 2 and PostgreSQL run unchanged; instants in UTC (TIMESTAMP WITH TIME ZONE).

CREATE SEQUENCE insurance_coverage_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE insurance_registration_seq START WITH 50 INCREMENT BY 50;

-- kind: KYOKAI (協会けんぽ-like), KOKUHO (国民健康保険 of a municipality); lg_code: the local
-- government where the insurer (or the branch) sits, the office code of the applications it receives
CREATE TABLE insurance_insurer (
    insurer_number  VARCHAR(8)    NOT NULL PRIMARY KEY,
    agency_code     VARCHAR(32)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    name_ja         VARCHAR(100)  NOT NULL,
    name_en         VARCHAR(100)  NOT NULL,
    lg_code         CHAR(6)       NOT NULL,
    CONSTRAINT insurance_insurer_agency UNIQUE (agency_code)
);

CREATE TABLE insurance_coverage (
    id              BIGINT        NOT NULL PRIMARY KEY,
    resident_id     VARCHAR(36)   NOT NULL REFERENCES resident (id),
    insurer_number  VARCHAR(8)    NOT NULL REFERENCES insurance_insurer (insurer_number),
    card_symbol     VARCHAR(20)   NOT NULL,
    card_number     VARCHAR(20)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_until     DATE
);
CREATE INDEX insurance_coverage_resident ON insurance_coverage (resident_id, valid_from);

-- status: APPLIED (the application reached the insurer), REGISTERED (the insurer confirmed)
CREATE TABLE insurance_registration (
    id              BIGINT        NOT NULL PRIMARY KEY,
    resident_id     VARCHAR(36)   NOT NULL REFERENCES resident (id),
    application_id  BIGINT        NOT NULL,
    insurer_number  VARCHAR(8)    NOT NULL REFERENCES insurance_insurer (insurer_number),
    status          VARCHAR(16)   NOT NULL,
    applied_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE,
    registered_by   VARCHAR(64),
    CONSTRAINT insurance_registration_resident UNIQUE (resident_id)
);
CREATE INDEX insurance_registration_insurer ON insurance_registration (insurer_number, status, applied_at);

CREATE TABLE insurance_challenge (
    nonce           VARCHAR(64)   NOT NULL PRIMARY KEY,
    agency_code     VARCHAR(64)   NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX insurance_challenge_expires ON insurance_challenge (expires_at);
