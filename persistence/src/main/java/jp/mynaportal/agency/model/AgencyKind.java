package jp.mynaportal.agency.model;

/** What sort of body an agency is; the functions decide from it what an agency may send. */
public enum AgencyKind {
    /** A municipality (市区町村): resident register, local tax, child and welfare benefits. */
    MUNICIPALITY,
    /** The national tax agency (国税庁-like). */
    TAX_AGENCY,
    /** The public pension service (日本年金機構-like). */
    PENSION_SERVICE,
    /** A health insurer (協会けんぽ, 健康保険組合, 国民健康保険 of a municipality). */
    HEALTH_INSURER,
    /** A hospital, clinic or pharmacy. */
    MEDICAL_INSTITUTION,
    /** An external site connected to the portal (もっとつながる). */
    CONNECTED_SITE
}
