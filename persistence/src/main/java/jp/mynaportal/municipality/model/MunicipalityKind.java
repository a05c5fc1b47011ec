package jp.mynaportal.municipality.model;

/** What a row of the local-government code list stands for. */
public enum MunicipalityKind {
    PREFECTURE,
    MUNICIPALITY,
    /** A ward (区) of a designated city; its parent is the city. */
    WARD;

    /** Reads the {@code type} column of the vendored CSV. */
    public static MunicipalityKind fromCsv(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
