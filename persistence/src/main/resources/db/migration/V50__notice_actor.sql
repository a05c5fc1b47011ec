-- who caused a notice (the actor: the resident themselves, or the staff member who decided), next
-- to the resident it is for (the subject); notices written before have no recorded actor
ALTER TABLE notice ADD COLUMN actor_id VARCHAR(36);
