-- The sessions that logins opened, named by the SHA-256 of a random token only the session holds:
-- the end of a session (its absolute timeout, a revoked login certificate) is recorded for the
-- resident this row names, never for an id a caller passes; kept in the database so that every
-- node of a cluster finds it.
CREATE TABLE auth_login_session (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    resident_id VARCHAR(64)  NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    end_reason  VARCHAR(40)
);
CREATE INDEX auth_login_session_opened ON auth_login_session (opened_at);
