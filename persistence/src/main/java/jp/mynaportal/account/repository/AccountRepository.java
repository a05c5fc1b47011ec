package jp.mynaportal.account.repository;

import java.util.List;
import java.util.Optional;
import jp.mynaportal.account.model.EmailChange;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.ResidentChild;
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

    /** The children of a resident's household, youngest first. */
    List<ResidentChild> findChildren(String residentId);

    void addChild(ResidentChild child);

    void addEmailChange(EmailChange change);

    /** A pending e-mail change by the SHA-256 of its token, locked until the transaction ends. */
    Optional<EmailChange> lockEmailChange(String tokenHash);

    /** 利用者登録の削除: the registration and its pending e-mail changes. */
    void removeAccount(String residentId);
}
