-- 自治体職員: a staff role held by a resident for one municipality

CREATE TABLE counter_staff (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    resident_id  VARCHAR(36) NOT NULL REFERENCES resident (id),
    lg_code      CHAR(6)     NOT NULL REFERENCES municipality (lg_code),
    staff_role   VARCHAR(32) NOT NULL,
    granted_at   TIMESTAMP   NOT NULL,
    CONSTRAINT counter_staff_unique UNIQUE (resident_id, lg_code, staff_role)
);
