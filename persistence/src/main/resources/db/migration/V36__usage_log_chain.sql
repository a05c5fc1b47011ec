-- 利用履歴 as a tamper-evident log: who acted (actor, and for staff their municipality's code,
-- actor_org) for whom (the resident, subject), why
-- (purpose, e.g. when staff open a resident's application), and a SHA-256 hash chain: each entry
-- has a position (chain_seq, 1, 2, … without gaps) and carries the hash of the entry before it.
-- V37 chains the rows that exist; V38 makes the log tables refuse UPDATE and DELETE.
ALTER TABLE usage_log ADD COLUMN actor_id VARCHAR(36);
ALTER TABLE usage_log ADD COLUMN actor_org VARCHAR(6);
ALTER TABLE usage_log ADD COLUMN purpose VARCHAR(200);
ALTER TABLE usage_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE usage_log ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE usage_log ADD COLUMN entry_hash VARCHAR(64);
UPDATE usage_log SET actor_id = resident_id;
CREATE INDEX usage_log_actor ON usage_log (actor_id, occurred_at);

-- The chain's head, one row: appending locks it (SELECT … FOR UPDATE) in the action's transaction,
-- so that entries get their positions one after the other on every node of a cluster.
CREATE TABLE usage_log_head (
    id         INT          NOT NULL PRIMARY KEY,
    last_seq   BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);

-- Signed checkpoints of the head (at start-up and daily), so that removing the tail is detected.
CREATE SEQUENCE usage_log_checkpoint_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE usage_log_checkpoint (
    id          BIGINT                    NOT NULL PRIMARY KEY,
    chain_seq   BIGINT                    NOT NULL,
    entry_hash  VARCHAR(64)               NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE  NOT NULL,
    key_id      VARCHAR(64)               NOT NULL,
    signature   VARCHAR(200)              NOT NULL
);
