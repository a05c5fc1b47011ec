package jp.mynaportal.municipality;

import java.io.Serializable;
import java.util.List;
import jp.mynaportal.municipality.model.PostalCode;

/** What a postal code resolves to: its municipality (rarely several) and its towns. */
public record PostalCodeLookup(PostalCode postalCode, List<MunicipalityInfo> municipalities, List<String> towns)
        implements Serializable {

    public PostalCodeLookup {
        municipalities = List.copyOf(municipalities);
        towns = List.copyOf(towns);
    }

    /** The first municipality; a postal code spans two only at a few borders. */
    public MunicipalityInfo municipality() {
        return municipalities.get(0);
    }
}
