-- あなたの情報: the catalogue of 分野 (fields) and 分野詳細 (items) with a typed schema per item
-- (attribute name, type, unit, labels in Japanese and English), the 29 kinds in 6 groups of the
-- 2023 総点検 list; the agencies' time-versioned records of residents with typed values; and the
-- residents' reports of errors in a record, which reach the agency's queue. H2 2 and PostgreSQL.

CREATE TABLE selfinfo_field (
    code      VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_ja   VARCHAR(60)  NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    position  INTEGER      NOT NULL
);

-- provider_kinds: the agency kinds (comma-separated) that may send records of the item;
-- chart_attribute: the amount shown as a chart over the years, or NULL
CREATE TABLE selfinfo_item (
    code             VARCHAR(40)  NOT NULL PRIMARY KEY,
    field_code       VARCHAR(32)  NOT NULL REFERENCES selfinfo_field (code),
    name_ja          VARCHAR(60)  NOT NULL,
    name_en          VARCHAR(120) NOT NULL,
    position         INTEGER      NOT NULL,
    provider_kinds   VARCHAR(200) NOT NULL,
    chart_attribute  VARCHAR(40)
);

-- data_type: TEXT (at most 200 characters), INTEGER, AMOUNT (whole yen), DECIMAL, DATE, BOOLEAN
CREATE TABLE selfinfo_attribute (
    item_code  VARCHAR(40)  NOT NULL REFERENCES selfinfo_item (code),
    name       VARCHAR(40)  NOT NULL,
    position   INTEGER      NOT NULL,
    data_type  VARCHAR(16)  NOT NULL,
    unit       VARCHAR(16),
    label_ja   VARCHAR(60)  NOT NULL,
    label_en   VARCHAR(120) NOT NULL,
    required   BOOLEAN      NOT NULL,
    PRIMARY KEY (item_code, name)
);

CREATE SEQUENCE selfinfo_record_seq START WITH 100 INCREMENT BY 100;
-- one version of an agency's record: valid from valid_from (inclusive) to valid_to (exclusive,
-- NULL: still valid); a correction by the agency adds the next version and marks this one
-- superseded_at; versions are never changed otherwise
CREATE TABLE selfinfo_record (
    id                BIGINT       NOT NULL PRIMARY KEY,
    resident_id       VARCHAR(36)  NOT NULL REFERENCES resident (id),
    item_code         VARCHAR(40)  NOT NULL REFERENCES selfinfo_item (code),
    agency_code       VARCHAR(16)  NOT NULL REFERENCES agency (code),
    agency_record_id  VARCHAR(64)  NOT NULL,
    version           INTEGER      NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_to          DATE,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT selfinfo_record_version UNIQUE (agency_code, agency_record_id, version)
);
CREATE INDEX selfinfo_record_resident ON selfinfo_record (resident_id, item_code, valid_from);

-- the typed values of a record version, one row per attribute
CREATE TABLE selfinfo_value (
    record_id      BIGINT        NOT NULL REFERENCES selfinfo_record (id),
    attribute      VARCHAR(40)   NOT NULL,
    text_value     VARCHAR(200),
    integer_value  BIGINT,
    decimal_value  NUMERIC(18, 3),
    date_value     DATE,
    boolean_value  BOOLEAN,
    PRIMARY KEY (record_id, attribute)
);

CREATE SEQUENCE selfinfo_error_report_seq START WITH 50 INCREMENT BY 50;
-- 内容に誤りがある場合: a resident's report on a record version, in the agency's queue
CREATE TABLE selfinfo_error_report (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    resident_id        VARCHAR(36)   NOT NULL REFERENCES resident (id),
    record_id          BIGINT        NOT NULL REFERENCES selfinfo_record (id),
    agency_code        VARCHAR(16)   NOT NULL REFERENCES agency (code),
    attribute          VARCHAR(40),
    description        VARCHAR(1000) NOT NULL,
    attachment_name    VARCHAR(200),
    attachment_type    VARCHAR(100),
    attachment         BYTEA,
    status             VARCHAR(20)   NOT NULL,
    agency_note        VARCHAR(1000),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX selfinfo_error_report_agency ON selfinfo_error_report (agency_code, status);
CREATE INDEX selfinfo_error_report_resident ON selfinfo_error_report (resident_id);

INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('health', '健康・医療', 'Health and medical care', 1);
INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('tax', '税・所得・口座', 'Tax, income and accounts', 2);
INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('pension', '年金', 'Pensions', 3);
INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('child', '子ども・子育て', 'Children and child-rearing', 4);
INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('household', '世帯情報', 'Household', 5);
INSERT INTO selfinfo_field (code, name_ja, name_en, position) VALUES ('welfare', '福祉・介護', 'Welfare and long-term care', 6);

INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('health_card', 'health', '健康保険証', 'Health insurance card', 1, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_card', 'insurerName', 1, 'TEXT', NULL, '保険者名', 'Insurer', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_card', 'symbol', 2, 'TEXT', NULL, '記号', 'Symbol', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_card', 'number', 3, 'TEXT', NULL, '番号', 'Number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_card', 'qualifiedOn', 4, 'DATE', NULL, '資格取得日', 'Qualified on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_card', 'copayRate', 5, 'INTEGER', '%', '一部負担金割合', 'Co-payment rate', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('treatment', 'health', '診療・薬剤', 'Treatments and medicines', 2, 'HEALTH_INSURER,MEDICAL_INSTITUTION', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('treatment', 'treatedOn', 1, 'DATE', NULL, '診療日', 'Date of treatment', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('treatment', 'institution', 2, 'TEXT', NULL, '医療機関名', 'Medical institution', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('treatment', 'medicine', 3, 'TEXT', NULL, '薬剤名', 'Medicine', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('treatment', 'days', 4, 'INTEGER', '日', '処方日数', 'Days prescribed', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('medical_cost', 'health', '医療費', 'Medical costs', 3, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('medical_cost', 'month', 1, 'TEXT', NULL, '診療年月', 'Month of treatment', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('medical_cost', 'institution', 2, 'TEXT', NULL, '医療機関名', 'Medical institution', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('medical_cost', 'totalCost', 3, 'AMOUNT', '円', '医療費総額', 'Total cost', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('medical_cost', 'ownPayment', 4, 'AMOUNT', '円', '窓口負担額', 'Paid at the counter', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('vaccination', 'health', '予防接種', 'Vaccinations', 4, 'MUNICIPALITY,MEDICAL_INSTITUTION', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('vaccination', 'vaccine', 1, 'TEXT', NULL, 'ワクチンの種類', 'Vaccine', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('vaccination', 'dose', 2, 'INTEGER', '回目', '接種回数', 'Dose', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('vaccination', 'vaccinatedOn', 3, 'DATE', NULL, '接種日', 'Vaccinated on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('vaccination', 'place', 4, 'TEXT', NULL, '接種場所', 'Place', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('health_checkup', 'health', '特定健診・後期高齢者健診', 'Specific and late-elderly health checkups', 5, 'HEALTH_INSURER,MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'examinedOn', 1, 'DATE', NULL, '受診日', 'Examined on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'height', 2, 'DECIMAL', 'cm', '身長', 'Height', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'weight', 3, 'DECIMAL', 'kg', '体重', 'Weight', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'bmi', 4, 'DECIMAL', NULL, 'BMI', 'BMI', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'systolic', 5, 'INTEGER', 'mmHg', '収縮期血圧', 'Systolic blood pressure', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('health_checkup', 'hba1c', 6, 'DECIMAL', '%', 'HbA1c', 'HbA1c', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('screening', 'health', '検診', 'Screenings', 6, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('screening', 'screening', 1, 'TEXT', NULL, '検診の種類', 'Screening', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('screening', 'examinedOn', 2, 'DATE', NULL, '受診日', 'Examined on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('screening', 'result', 3, 'TEXT', NULL, '結果', 'Result', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('insurance', 'health', '医療保険', 'Medical insurance', 7, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance', 'insurerName', 1, 'TEXT', NULL, '保険者名', 'Insurer', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance', 'insuredKind', 2, 'TEXT', NULL, '被保険者区分', 'Kind of insured', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance', 'qualifiedOn', 3, 'DATE', NULL, '資格取得日', 'Qualified on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance', 'lostOn', 4, 'DATE', NULL, '資格喪失日', 'Lost on', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('insurance_other', 'health', '医療保険その他', 'Medical insurance (other)', 8, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_other', 'certificate', 1, 'TEXT', NULL, '証の種類', 'Certificate', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_other', 'limitCategory', 2, 'TEXT', NULL, '適用区分', 'Category', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_other', 'issuedOn', 3, 'DATE', NULL, '交付日', 'Issued on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('school_health', 'health', '学校保健', 'School health', 9, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('school_health', 'school', 1, 'TEXT', NULL, '学校名', 'School', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('school_health', 'checkedOn', 2, 'DATE', NULL, '健康診断日', 'Checked on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('school_health', 'height', 3, 'DECIMAL', 'cm', '身長', 'Height', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('school_health', 'weight', 4, 'DECIMAL', 'kg', '体重', 'Weight', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('intractable_disease', 'health', '難病患者支援', 'Support for intractable diseases', 10, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('intractable_disease', 'disease', 1, 'TEXT', NULL, '疾病名', 'Disease', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('intractable_disease', 'certificateNumber', 2, 'TEXT', NULL, '受給者番号', 'Recipient number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('intractable_disease', 'monthlyLimit', 3, 'AMOUNT', '円', '自己負担上限月額', 'Monthly co-payment limit', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('insured_number', 'health', '被保険者番号', 'Insured person''s number', 11, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insured_number', 'insurerNumber', 1, 'TEXT', NULL, '保険者番号', 'Insurer number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insured_number', 'insuredNumber', 2, 'TEXT', NULL, '被保険者番号', 'Insured number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insured_number', 'branch', 3, 'TEXT', NULL, '枝番', 'Branch number', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('insurance_provision', 'health', '医療保険情報の提供状況', 'Provision of medical insurance information', 12, 'HEALTH_INSURER', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_provision', 'providedOn', 1, 'DATE', NULL, '提供日', 'Provided on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_provision', 'recipient', 2, 'TEXT', NULL, '提供先', 'Recipient', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('insurance_provision', 'purpose', 3, 'TEXT', NULL, '提供目的', 'Purpose', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('tax_income', 'tax', '税・所得', 'Tax and income', 13, 'MUNICIPALITY,TAX_AGENCY', 'income');
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('tax_income', 'taxYear', 1, 'INTEGER', '年度', '課税年度', 'Tax year', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('tax_income', 'income', 2, 'AMOUNT', '円', '所得金額', 'Income', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('tax_income', 'taxableIncome', 3, 'AMOUNT', '円', '課税所得金額', 'Taxable income', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('tax_income', 'residentTax', 4, 'AMOUNT', '円', '住民税額', 'Resident tax', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('tax_income', 'dependents', 5, 'INTEGER', '人', '扶養人数', 'Dependants', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('deduction_cost', 'tax', '医療費控除向け医療費', 'Medical costs for the medical-expense deduction', 14, 'HEALTH_INSURER,TAX_AGENCY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('deduction_cost', 'year', 1, 'INTEGER', '年', '対象年', 'Year', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('deduction_cost', 'totalCost', 2, 'AMOUNT', '円', '医療費の額', 'Medical costs', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('deduction_cost', 'institutions', 3, 'INTEGER', '件', '医療機関数', 'Institutions', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('public_account', 'tax', '公金受取口座', 'Account for public funds', 15, 'TAX_AGENCY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_account', 'bank', 1, 'TEXT', NULL, '金融機関名', 'Bank', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_account', 'branch', 2, 'TEXT', NULL, '支店名', 'Branch', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_account', 'accountType', 3, 'TEXT', NULL, '口座種別', 'Account type', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_account', 'accountNumber', 4, 'TEXT', NULL, '口座番号', 'Account number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_account', 'registeredOn', 5, 'DATE', NULL, '登録日', 'Registered on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('pension', 'pension', '年金', 'Pension', 16, 'PENSION_SERVICE', 'annualAmount');
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension', 'pensionKind', 1, 'TEXT', NULL, '年金の種類', 'Kind of pension', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension', 'annualAmount', 2, 'AMOUNT', '円', '年金額（年額）', 'Annual amount', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension', 'paymentMonths', 3, 'TEXT', NULL, '支払月', 'Payment months', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension', 'basicPensionNumber', 4, 'TEXT', NULL, '基礎年金番号（下4桁）', 'Basic pension number (last 4 digits)', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('pension_other', 'pension', '年金その他', 'Pension (other)', 17, 'PENSION_SERVICE', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension_other', 'insuredMonths', 1, 'INTEGER', '月', '保険料納付済月数', 'Contribution months', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension_other', 'exemptMonths', 2, 'INTEGER', '月', '免除月数', 'Exempt months', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('pension_other', 'asOf', 3, 'DATE', NULL, '基準日', 'As of', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('child_allowance', 'child', '児童手当', 'Child allowance', 18, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('child_allowance', 'children', 1, 'INTEGER', '人', '支給対象児童数', 'Children', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('child_allowance', 'monthlyAmount', 2, 'AMOUNT', '円', '月額', 'Monthly amount', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('child_allowance', 'decidedOn', 3, 'DATE', NULL, '認定日', 'Decided on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('single_parent', 'child', 'ひとり親家庭', 'Single-parent families', 19, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('single_parent', 'benefit', 1, 'TEXT', NULL, '手当・支援の種類', 'Benefit', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('single_parent', 'monthlyAmount', 2, 'AMOUNT', '円', '月額', 'Monthly amount', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('single_parent', 'decidedOn', 3, 'DATE', NULL, '認定日', 'Decided on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('maternal_health', 'child', '母子保健', 'Maternal and child health', 20, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('maternal_health', 'service', 1, 'TEXT', NULL, '事業名', 'Service', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('maternal_health', 'receivedOn', 2, 'DATE', NULL, '受診・実施日', 'Date', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('maternal_health', 'note', 3, 'TEXT', NULL, '内容', 'Details', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('education_support', 'child', '教育・就学支援', 'Education and school attendance support', 21, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('education_support', 'support', 1, 'TEXT', NULL, '支援の種類', 'Support', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('education_support', 'school', 2, 'TEXT', NULL, '学校名', 'School', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('education_support', 'decidedOn', 3, 'DATE', NULL, '認定日', 'Decided on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('disabled_child', 'child', '障害児支援・小児慢性特定疾病医療', 'Support for disabled children and chronic childhood diseases', 22, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disabled_child', 'service', 1, 'TEXT', NULL, '支援・医療の種類', 'Service', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disabled_child', 'certificateNumber', 2, 'TEXT', NULL, '受給者証番号', 'Certificate number', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disabled_child', 'monthlyLimit', 3, 'AMOUNT', '円', '負担上限月額', 'Monthly limit', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('household', 'household', '世帯情報', 'Household', 23, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('household', 'householder', 1, 'TEXT', NULL, '世帯主', 'Head of household', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('household', 'relationship', 2, 'TEXT', NULL, '続柄', 'Relationship', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('household', 'members', 3, 'INTEGER', '人', '世帯員数', 'Members', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('household', 'address', 4, 'TEXT', NULL, '住所', 'Address', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('disability_welfare', 'welfare', '障害保健福祉', 'Disability health and welfare', 24, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disability_welfare', 'certificate', 1, 'TEXT', NULL, '手帳・サービスの種類', 'Certificate or service', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disability_welfare', 'grade', 2, 'TEXT', NULL, '等級', 'Grade', FALSE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('disability_welfare', 'issuedOn', 3, 'DATE', NULL, '交付日', 'Issued on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('public_assistance', 'welfare', '生活保護', 'Public assistance', 25, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_assistance', 'startedOn', 1, 'DATE', NULL, '保護開始日', 'Started on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_assistance', 'monthlyAmount', 2, 'AMOUNT', '円', '保護費（月額）', 'Monthly amount', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('public_assistance', 'office', 3, 'TEXT', NULL, '福祉事務所', 'Welfare office', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('returnee_support', 'welfare', '中国残留邦人等支援', 'Support for Japanese left behind in China', 26, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('returnee_support', 'support', 1, 'TEXT', NULL, '支援給付の種類', 'Support', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('returnee_support', 'monthlyAmount', 2, 'AMOUNT', '円', '月額', 'Monthly amount', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('returnee_support', 'startedOn', 3, 'DATE', NULL, '開始日', 'Started on', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('long_term_care', 'welfare', '介護保険', 'Long-term care insurance', 27, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('long_term_care', 'careLevel', 1, 'TEXT', NULL, '要介護状態区分', 'Care level', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('long_term_care', 'certifiedOn', 2, 'DATE', NULL, '認定日', 'Certified on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('long_term_care', 'premium', 3, 'AMOUNT', '円', '保険料（年額）', 'Annual premium', FALSE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('independence_medical', 'welfare', '自立支援医療', 'Medical care for independence support', 28, 'MUNICIPALITY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('independence_medical', 'kind', 1, 'TEXT', NULL, '医療の種類', 'Kind', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('independence_medical', 'institution', 2, 'TEXT', NULL, '指定医療機関', 'Designated institution', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('independence_medical', 'monthlyLimit', 3, 'AMOUNT', '円', '負担上限月額', 'Monthly limit', TRUE);
INSERT INTO selfinfo_item (code, field_code, name_ja, name_en, position, provider_kinds, chart_attribute) VALUES ('employment_insurance', 'welfare', '雇用保険', 'Employment insurance', 29, 'MUNICIPALITY,TAX_AGENCY', NULL);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('employment_insurance', 'employer', 1, 'TEXT', NULL, '事業所名', 'Employer', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('employment_insurance', 'qualifiedOn', 2, 'DATE', NULL, '資格取得日', 'Qualified on', TRUE);
INSERT INTO selfinfo_attribute (item_code, name, position, data_type, unit, label_ja, label_en, required) VALUES ('employment_insurance', 'lostOn', 3, 'DATE', NULL, '資格喪失日', 'Lost on', FALSE);
