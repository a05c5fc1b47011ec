package jp.mynaportal.selfinfo.model;

/** The type of an attribute of a 分野詳細 schema. */
public enum AttributeType {
    /** Text of at most 200 characters. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** An amount of money in whole yen. */
    AMOUNT,
    /** A number with up to three decimals. */
    DECIMAL,
    /** A calendar date. */
    DATE,
    /** Yes or no. */
    BOOLEAN
}
