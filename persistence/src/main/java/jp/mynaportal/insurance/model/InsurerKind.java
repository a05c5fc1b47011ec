package jp.mynaportal.insurance.model;

/** What kind of health insurer (保険者) an insurer is. */
public enum InsurerKind {
    /** A 協会けんぽ-like association insuring employees of small and medium companies. */
    KYOKAI,
    /** The 国民健康保険 of a municipality. */
    KOKUHO
}
