package jp.mynaportal.account.repository;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.UserAccount;

/** Residents, their certificates and their registrations. */
public interface AccountRepository {

    Optional<Resident> findResident(String residentId);

    /**
     * The resident with a database write lock held until the transaction ends, so that steps of
     * one resident that must not interleave (e.g. starting a draft from two tabs) run one after
     * the other.
     */
    Optional<Resident> lockResident(String residentId);

    /** The resident an authentication certificate belongs to. */
    Optional<ResidentCertificate> findCertificate(String certificateRef);

    List<ResidentCertificate> findCertificates(String residentId);

    Optional<UserAccount> findAccount(String residentId);

    void addResident(Resident resident);

    void addCertificate(ResidentCertificate certificate);

    void addAccount(UserAccount account);
}
