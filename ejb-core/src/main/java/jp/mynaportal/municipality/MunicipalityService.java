package jp.mynaportal.municipality;

import java.util.List;

/** Finds municipalities by postal code, by name and by prefecture. */
public interface MunicipalityService {

    /** At most this many candidates are returned for a name search. */
    int NAME_SEARCH_LIMIT = 50;

    /**
     * The municipality (or ward) a postal code lies in. Accepts {@code 1530063}, {@code 153-0063}
     * and full-width digits.
     *
     * @throws MunicipalityLookupException when the input is not seven digits, the code exists
     *         nowhere, or its municipality is not in the reference data
     */
    PostalCodeLookup findByPostalCode(String postalCode);

    /**
     * Municipalities and wards whose name (without the prefecture) or reading contains the input.
     *
     * @throws MunicipalityLookupException when the input is empty or nothing matches
     */
    List<MunicipalityInfo> findByName(String name);

    /** The 47 prefectures in code order. */
    List<MunicipalityInfo> prefectures();

    /** The municipalities of a prefecture, each designated city followed by its wards. */
    List<MunicipalityChoice> municipalitiesOf(String prefecture);

    /** The municipality with this local-government code. */
    MunicipalityInfo get(String lgCode);
}
