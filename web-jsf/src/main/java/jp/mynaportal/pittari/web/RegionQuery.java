package jp.mynaportal.pittari.web;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.municipality.PostalCodeLookup;

/**
 * The one field of ① 地域を選んでください: a postal code (half- or full-width, with or without a
 * hyphen or 〒) or a municipality name. Which one it is decides which lookup answers.
 */
final class RegionQuery {

    private static final Pattern POSTAL_CODE_LIKE = Pattern.compile("[\\s\\-‐‑‒–—―−ー－〒]*[0-9][0-9\\s\\-‐‑‒–—―−ー－〒]*");

    private RegionQuery() {}

    /** Whether the input is written in digits, and so meant as a postal code. */
    static boolean isPostalCode(String input) {
        return POSTAL_CODE_LIKE
                .matcher(Normalizer.normalize(input.strip(), Normalizer.Form.NFKC))
                .matches();
    }

    /**
     * The municipalities the input names, with the postal code's lookup when it was one.
     *
     * @throws jp.mynaportal.municipality.MunicipalityLookupException when the input is malformed or names none
     */
    static Found find(MunicipalityService municipalities, String input) {
        if (isPostalCode(input)) {
            PostalCodeLookup lookup = municipalities.findByPostalCode(input.strip());
            return new Found(lookup.municipalities(), lookup.towns());
        }
        return new Found(municipalities.findByName(input.strip()), List.of());
    }

    /** Candidates and, for a postal code, the towns it covers. */
    record Found(List<MunicipalityInfo> municipalities, List<String> towns) {}
}
