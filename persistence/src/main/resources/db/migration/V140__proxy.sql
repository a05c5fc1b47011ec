-- 代理人 (handbook 3-J): a resident's registration of a 代理人 who may use some of the resident's
-- services (やりとり履歴, あなたの情報 with chosen 分野, お知らせ, 外部サイトへのお知らせ情報提供)
-- within a period. A registration is PENDING until the resident's card and then the 代理人's card
-- confirmed it on the same terminal (a pending one that nobody finishes expires and is deleted);
-- ACTIVE until it is revoked, its period ends, or either card stops (reissued card, revoked
-- certificate). A widening is a new PENDING registration that replaces the live one once the
-- 代理人's card confirmed it again.
-- Plain SQL that H2 2 and PostgreSQL run unchanged; instants in UTC (TIMESTAMP WITH TIME ZONE).

CREATE SEQUENCE proxy_registration_seq START WITH 50 INCREMENT BY 50;

-- state: PENDING, ACTIVE, REVOKED, EXPIRED, STOPPED (a card reissued or a certificate revoked),
--        REPLACED (a confirmed widening took its place)
-- scopes: the granted services (ProxyScope names, comma-separated); fields: the あなたの情報 分野
-- codes, comma-separated (empty when あなたの情報 is not granted)
-- *_certificate: the DER of each person's authentication certificate as confirmed (base64), and its
-- reference (issuer#serial) as the resident registry names it
CREATE TABLE proxy_registration (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    resident_id           VARCHAR(36)   NOT NULL REFERENCES resident (id),
    proxy_id              VARCHAR(36)   REFERENCES resident (id),
    scopes                VARCHAR(200)  NOT NULL,
    fields                VARCHAR(400)  NOT NULL,
    valid_from            DATE          NOT NULL,
    valid_to              DATE          NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    replaces_id           BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    pending_until         TIMESTAMP WITH TIME ZONE,
    resident_cert_ref     VARCHAR(600),
    resident_certificate  VARCHAR(8000),
    resident_confirmed_at TIMESTAMP WITH TIME ZONE,
    proxy_cert_ref        VARCHAR(600),
    proxy_certificate     VARCHAR(8000),
    proxy_confirmed_at    TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    end_reason            VARCHAR(32),
    row_version           BIGINT        NOT NULL
);
CREATE INDEX proxy_registration_resident ON proxy_registration (resident_id, state);
CREATE INDEX proxy_registration_proxy ON proxy_registration (proxy_id, state);
CREATE INDEX proxy_registration_pending ON proxy_registration (state, pending_until);
