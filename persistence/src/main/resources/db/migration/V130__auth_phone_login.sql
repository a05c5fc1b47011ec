-- スマートフォンでログイン: a login request shown as a QR code in one browser session and confirmed
-- by a phone that holds the card. The request names the login challenge it is for (bound to the
-- browser's session, like every challenge); once confirmed it names the resident until the browser
-- collects the login. Kept in the database so that the phone and the browser may reach different
-- nodes of a cluster.
CREATE TABLE auth_phone_login (
    request_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    session_id   VARCHAR(128) NOT NULL,
    nonce        VARCHAR(64)  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    resident_id  VARCHAR(64),
    confirmed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX auth_phone_login_session ON auth_phone_login (session_id);
CREATE INDEX auth_phone_login_expires ON auth_phone_login (expires_at);
