package jp.mynaportal.municipality;

import java.io.Serializable;
import java.util.Objects;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.model.MunicipalityKind;

/**
 * A municipality (or ward, or prefecture) as the services hand it to views: an immutable copy of
 * the reference data, with bean getters so that pages read it as before ({@code #{m.fullName}}).
 */
public final class MunicipalityInfo implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String lgCode;
    private final String code5;
    private final MunicipalityKind kind;
    private final String prefecture;
    private final String name;
    private final String kana;
    private final String parentLgCode;
    private final String fullName;

    private MunicipalityInfo(Municipality municipality) {
        this.lgCode = municipality.getLgCode();
        this.code5 = municipality.getCode5();
        this.kind = municipality.getKind();
        this.prefecture = municipality.getPrefecture();
        this.name = municipality.getName();
        this.kana = municipality.getKana();
        this.parentLgCode = municipality.getParentLgCode();
        this.fullName = municipality.getFullName();
    }

    /** The copy of a municipality of the reference data. */
    public static MunicipalityInfo of(Municipality municipality) {
        return new MunicipalityInfo(Objects.requireNonNull(municipality, "municipality"));
    }

    public String getLgCode() {
        return lgCode;
    }

    public String getCode5() {
        return code5;
    }

    public MunicipalityKind getKind() {
        return kind;
    }

    public String getPrefecture() {
        return prefecture;
    }

    /** The name without the prefecture, e.g. 目黒区 or 札幌市中央区. */
    public String getName() {
        return name;
    }

    /** The reading in hiragana. */
    public String getKana() {
        return kana;
    }

    public String getParentLgCode() {
        return parentLgCode;
    }

    public boolean isWard() {
        return kind == MunicipalityKind.WARD;
    }

    /** Prefecture and name, as shown to residents: 東京都目黒区. */
    public String getFullName() {
        return fullName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MunicipalityInfo that && lgCode.equals(that.lgCode);
    }

    @Override
    public int hashCode() {
        return lgCode.hashCode();
    }

    @Override
    public String toString() {
        return lgCode + " " + fullName;
    }
}
