package jp.mynaportal.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Optional;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.model.UserAccount;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.CertificateHolders;

/** Login's certificate holders from the resident registry, in the caller's transaction. */
@ApplicationScoped
public class RegisteredCertificateHolders implements CertificateHolders {

    @Inject
    private AccountRepository accounts;

    @Override
    public Optional<String> residentOf(X509Certificate certificate) {
        return accounts.findCertificate(ResidentCertificate.reference(
                        certificate.getIssuerX500Principal(), certificate.getSerialNumber()))
                .map(ResidentCertificate::getResidentId);
    }

    @Override
    public Optional<String> nickname(String residentId) {
        return accounts.findAccount(residentId).map(UserAccount::getNickname);
    }
}
