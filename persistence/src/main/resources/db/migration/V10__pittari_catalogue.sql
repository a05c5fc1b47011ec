-- ぴったりサービス: the twelve categories, the national procedure templates and each
-- municipality's own procedures. Plain SQL that H2 2 and PostgreSQL both run unchanged.
CREATE TABLE pittari_category (
    code          VARCHAR(32) NOT NULL PRIMARY KEY,
    name          VARCHAR(32) NOT NULL,
    display_order INTEGER     NOT NULL
);
INSERT INTO pittari_category (code, name, display_order) VALUES
    ('BENEFIT', '特別定額給付金', 1),
    ('PREGNANCY', '妊娠・出産', 2),
    ('CHILDCARE', '子育て', 3),
    ('EDUCATION', '教育', 4),
    ('EMPLOYMENT', '就職・退職', 5),
    ('ELDERLY_CARE', '高齢者・介護', 6),
    ('BEREAVEMENT', 'ご不幸', 7),
    ('FAMILY_REGISTER', '戸籍・住民票・印鑑登録等', 8),
    ('WASTE_ENVIRONMENT', 'ごみ・環境保全', 9),
    ('DISABILITY', '障がい者支援', 10),
    ('HEALTH', '健康・医療', 11),
    ('CULTURE_SPORTS', '文化・スポーツ・生涯学習', 12);

-- A procedure as the nation describes it; municipalities offer it with their own settings.
CREATE TABLE pittari_template (
    id                 VARCHAR(16)   NOT NULL PRIMARY KEY,
    category_code      VARCHAR(32)   NOT NULL REFERENCES pittari_category (code),
    name               VARCHAR(200)  NOT NULL,
    reading            VARCHAR(400)  NOT NULL,
    summary            VARCHAR(2000) NOT NULL,
    eligibility        VARCHAR(1000) NOT NULL,
    required_documents VARCHAR(2000) NOT NULL,
    submit_to          VARCHAR(200)  NOT NULL,
    fee                VARCHAR(200)  NOT NULL,
    online_possible    BOOLEAN       NOT NULL,
    signature_required BOOLEAN       NOT NULL,
    typical_fields     VARCHAR(4000) NOT NULL,
    updated_at         TIMESTAMP     NOT NULL,
    version            INTEGER       NOT NULL
);

-- The foreign keys of pittari_procedure are added by V12, after V11 has bulk-loaded the national
-- catalogue: H2 checks a foreign key row by row during inserts, several times slower than once after.

-- A procedure one municipality (or ward) offers: from a template (origin TEMPLATE, texts NULL
-- unless the municipality rewrote them) or its own (origin LOCAL, texts required).
-- Withdrawn procedures stay, with status WITHDRAWN and withdrawn_at, so that old links resolve.
CREATE TABLE pittari_procedure (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    lg_code            CHAR(6)       NOT NULL,
    template_id        VARCHAR(16),
    origin             VARCHAR(16)   NOT NULL,
    category_code      VARCHAR(32)   NOT NULL,
    name               VARCHAR(200),
    reading            VARCHAR(400),
    summary            VARCHAR(2000),
    eligibility        VARCHAR(1000),
    required_documents VARCHAR(2000),
    submit_to          VARCHAR(200),
    fee                VARCHAR(200),
    typical_fields     VARCHAR(4000),
    online_available   BOOLEAN       NOT NULL,
    signature_required BOOLEAN       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    published_at       TIMESTAMP     NOT NULL,
    withdrawn_at       TIMESTAMP,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(64),
    version            INTEGER       NOT NULL,
    CONSTRAINT pittari_procedure_template_once UNIQUE (lg_code, template_id),
    CONSTRAINT pittari_procedure_origin CHECK (
        (origin = 'TEMPLATE' AND template_id IS NOT NULL)
        OR (origin = 'LOCAL' AND template_id IS NULL AND name IS NOT NULL AND reading IS NOT NULL
            AND summary IS NOT NULL AND eligibility IS NOT NULL AND required_documents IS NOT NULL
            AND submit_to IS NOT NULL AND fee IS NOT NULL AND typical_fields IS NOT NULL)),
    CONSTRAINT pittari_procedure_status CHECK (
        (status = 'PUBLISHED' AND withdrawn_at IS NULL) OR (status = 'WITHDRAWN' AND withdrawn_at IS NOT NULL))
);

-- Ids for procedures added after the initial load (which uses 1..n); JPA allocates 50 at a time.
CREATE SEQUENCE pittari_procedure_seq START WITH 10000001 INCREMENT BY 50;
