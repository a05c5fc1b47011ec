-- the login certificate (base64 DER) a phone confirmed a スマートフォンでログイン with, so that the
-- browser session it opens ends when that certificate is revoked, as every other login's does
ALTER TABLE auth_phone_login ADD COLUMN login_certificate VARCHAR(8000);
