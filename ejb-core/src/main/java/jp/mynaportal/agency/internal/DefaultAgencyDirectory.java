package jp.mynaportal.agency.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.access.AccessDeniedException;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Roles;
import jp.mynaportal.agency.AgencyDirectory;
import jp.mynaportal.agency.AgencyInfo;
import jp.mynaportal.agency.model.Agency;
import jp.mynaportal.agency.repository.AgencyRepository;

/** The registry read from the database; the names of agencies are public. */
@Stateless
public class DefaultAgencyDirectory implements AgencyDirectory {

    @Inject
    private AgencyRepository agencies;

    @Inject
    private CurrentCaller caller;

    @Override
    @PermitAll
    public List<AgencyInfo> all() {
        return agencies.findAll().stream().map(DefaultAgencyDirectory::info).toList();
    }

    @Override
    @PermitAll
    public Optional<AgencyInfo> find(String code) {
        return code == null ? Optional.empty() : agencies.find(code).map(DefaultAgencyDirectory::info);
    }

    @Override
    @RolesAllowed(Roles.AGENCY)
    public AgencyInfo caller() {
        return find(caller.actor().residentId())
                .orElseThrow(() -> new AccessDeniedException("the calling agency is not registered"));
    }

    static AgencyInfo info(Agency agency) {
        return new AgencyInfo(
                agency.getCode(), agency.getNameJa(), agency.getNameEn(), agency.getKind(), agency.getLgCode());
    }
}
