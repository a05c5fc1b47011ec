package jp.mynaportal.application.model;

/** The kinds of input an application form asks for. */
public enum FormFieldType {
    TEXT,
    KANA,
    DATE,
    NUMBER,
    CHOICE,
    ADDRESS,
    PHONE,
    EMAIL,
    MY_NUMBER,
    ACCOUNT,
    FILE,
    /** A box to tick, e.g. the declaration that the entries are true. */
    CHECKBOX
}
