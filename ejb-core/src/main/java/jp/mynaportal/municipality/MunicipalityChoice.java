package jp.mynaportal.municipality;

import java.io.Serializable;

/**
 * A line of a prefecture's municipality list: a municipality, or a ward shown under its city
 * with a label without the city's name (札幌市 → 中央区).
 */
public record MunicipalityChoice(MunicipalityInfo municipality, String label, boolean underCity)
        implements Serializable {

    public String lgCode() {
        return municipality.getLgCode();
    }
}
