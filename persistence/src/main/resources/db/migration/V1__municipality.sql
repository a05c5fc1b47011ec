-- Prefectures, municipalities and wards (全国地方公共団体コード), and Japan Post's postal areas.
-- Plain SQL that H2 2 and PostgreSQL both run unchanged.
CREATE TABLE municipality (
    lg_code        CHAR(6)      NOT NULL PRIMARY KEY,
    code5          CHAR(5)      NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    prefecture     VARCHAR(8)   NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    kana           VARCHAR(64)  NOT NULL,
    parent_lg_code CHAR(6)
);
CREATE INDEX municipality_code5 ON municipality (code5);
CREATE INDEX municipality_prefecture ON municipality (prefecture, lg_code);

CREATE TABLE postal_area (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    postal_code        CHAR(7)      NOT NULL,
    municipality_code5 CHAR(5)      NOT NULL,
    town               VARCHAR(128) NOT NULL
);
CREATE INDEX postal_area_postal_code ON postal_area (postal_code);
