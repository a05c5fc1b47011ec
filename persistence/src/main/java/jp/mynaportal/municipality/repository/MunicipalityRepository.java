package jp.mynaportal.municipality.repository;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.model.MunicipalityNameQuery;
import jp.mynaportal.municipality.model.PostalCode;

/** Read access to prefectures, municipalities, wards and postal areas. */
public interface MunicipalityRepository {

    Optional<Municipality> findByLgCode(String lgCode);

    /** The municipalities (or wards) a postal code lies in; usually one. */
    List<Municipality> findByPostalCode(PostalCode postalCode);

    /** Whether Japan Post's list knows the postal code at all. */
    boolean postalCodeExists(PostalCode postalCode);

    /** The town names (町域) of a postal code, in list order. */
    List<String> findTowns(PostalCode postalCode);

    /** Municipalities and wards whose name or reading contains the query. */
    List<Municipality> findByNameOrKana(MunicipalityNameQuery query, int limit);

    /** The municipalities and wards of a prefecture, in code order (a ward follows its city). */
    List<Municipality> findByPrefecture(String prefecture);

    List<Municipality> findPrefectures();
}
