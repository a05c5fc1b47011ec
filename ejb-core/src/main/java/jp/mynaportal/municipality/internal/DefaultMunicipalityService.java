package jp.mynaportal.municipality.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.municipality.MunicipalityChoice;
import jp.mynaportal.municipality.MunicipalityInfo;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityLookupException.Reason;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.municipality.PostalCodeLookup;
import jp.mynaportal.municipality.model.Municipality;
import jp.mynaportal.municipality.model.MunicipalityNameQuery;
import jp.mynaportal.municipality.model.PostalCode;
import jp.mynaportal.municipality.repository.MunicipalityRepository;

/** Reads the reference data; nothing here writes. */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultMunicipalityService implements MunicipalityService {

    @Inject
    private MunicipalityRepository repository;

    @Override
    public PostalCodeLookup findByPostalCode(String input) {
        PostalCode postalCode =
                PostalCode.parse(input).orElseThrow(() -> new MunicipalityLookupException(Reason.POSTAL_CODE_FORMAT));
        List<Municipality> municipalities = repository.findByPostalCode(postalCode);
        if (municipalities.isEmpty()) {
            throw new MunicipalityLookupException(
                    repository.postalCodeExists(postalCode)
                            ? Reason.POSTAL_CODE_WITHOUT_MUNICIPALITY
                            : Reason.POSTAL_CODE_UNKNOWN);
        }
        return new PostalCodeLookup(postalCode, infos(municipalities), repository.findTowns(postalCode));
    }

    @Override
    public List<MunicipalityInfo> findByName(String input) {
        MunicipalityNameQuery query = MunicipalityNameQuery.parse(input)
                .orElseThrow(() -> new MunicipalityLookupException(Reason.NAME_EMPTY));
        List<Municipality> found = repository.findByNameOrKana(query, NAME_SEARCH_LIMIT);
        if (found.isEmpty()) {
            throw new MunicipalityLookupException(Reason.NAME_NOT_FOUND);
        }
        return infos(found);
    }

    @Override
    public List<MunicipalityInfo> prefectures() {
        return infos(repository.findPrefectures());
    }

    @Override
    public List<MunicipalityChoice> municipalitiesOf(String prefecture) {
        List<Municipality> all = repository.findByPrefecture(prefecture);
        Map<String, String> cityNames = new HashMap<>();
        all.forEach(m -> cityNames.put(m.getLgCode(), m.getName()));
        List<MunicipalityChoice> choices = new ArrayList<>(all.size());
        for (Municipality m : all) {
            String city = m.isWard() ? cityNames.get(m.getParentLgCode()) : null;
            String label =
                    city != null && m.getName().startsWith(city) ? m.getName().substring(city.length()) : m.getName();
            choices.add(new MunicipalityChoice(MunicipalityInfo.of(m), label, m.isWard()));
        }
        return choices;
    }

    @Override
    public MunicipalityInfo get(String lgCode) {
        return repository
                .findByLgCode(lgCode)
                .map(MunicipalityInfo::of)
                .orElseThrow(() -> new MunicipalityLookupException(Reason.MUNICIPALITY_UNKNOWN));
    }

    private static List<MunicipalityInfo> infos(List<Municipality> municipalities) {
        return municipalities.stream().map(MunicipalityInfo::of).toList();
    }
}
