-- 利用者登録変更: the two メール通知 choices and the language of the resident's mails; a nickname
-- of 20 characters as a person counts them may take 40 UTF-16 units (surrogate pairs); pending
-- e-mail changes, each confirmed by a single-use link (only the token's SHA-256 is stored).
ALTER TABLE user_account ADD COLUMN login_mail BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN notice_mail BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN mail_language VARCHAR(8) DEFAULT 'ja' NOT NULL;
ALTER TABLE user_account ALTER COLUMN nickname SET DATA TYPE VARCHAR(40);

CREATE TABLE account_email_change (
    token_hash    CHAR(64)                 NOT NULL PRIMARY KEY,
    resident_id   VARCHAR(36)              NOT NULL,
    new_email     VARCHAR(254)             NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_email_change_resident ON account_email_change (resident_id);
