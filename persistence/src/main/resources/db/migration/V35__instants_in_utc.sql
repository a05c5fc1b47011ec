-- Every instant column becomes TIMESTAMP WITH TIME ZONE, so that an instant reads back the same on
-- every node whatever its time zone (a TIMESTAMP column kept the writing JVM's wall-clock time).
-- The existing values are taken as wall-clock times in the session's zone, which the JDBC drivers
-- set to the migrating JVM's default zone: run this migration from a node in the zone that wrote them.
ALTER TABLE pittari_template ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_procedure ALTER COLUMN published_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_procedure ALTER COLUMN withdrawn_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_procedure ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE resident ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE resident_certificate ALTER COLUMN registered_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ALTER COLUMN terms_accepted_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ALTER COLUMN registered_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE auth_challenge ALTER COLUMN issued_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE auth_challenge ALTER COLUMN expires_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE auth_challenge ALTER COLUMN used_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE usage_log ALTER COLUMN occurred_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE counter_staff ALTER COLUMN granted_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application ALTER COLUMN signed_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application ALTER COLUMN submitted_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application ALTER COLUMN expires_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_attachment ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE pittari_application_event ALTER COLUMN occurred_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE notice ALTER COLUMN created_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE notice ALTER COLUMN read_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
