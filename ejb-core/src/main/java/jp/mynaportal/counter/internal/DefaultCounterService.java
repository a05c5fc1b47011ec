package jp.mynaportal.counter.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.card.api.AdministratorRefusedException;
import jp.mynaportal.card.api.CardAdministrator;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.counter.CardHolder;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterException.Reason;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks that the staff member serves the card holder's municipality, then resets the PIN through
 * the card itself: the card checks the counter's administrator credential (the development PKI's
 * administrator key) before it takes the new PIN, as a real card's reset is an authenticated
 * command. A card that does not accept that credential is not resettable here.
 */
@Stateless
public class DefaultCounterService implements CounterService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UsageLogService usage;

    @Inject
    private CardReaderDirectory readers;

    @Override
    public CardHolder identify(SignedInUser staff, String readerName) {
        requireStaff(staff);
        try (CardSession card = readers.open(readerName)) {
            return holder(staff, card);
        } catch (CardException e) {
            throw new CounterException(Reason.NO_CARD);
        }
    }

    @Override
    public void resetAuthPin(SignedInUser staff, String readerName, char[] newPin, String terminal) {
        try {
            requireStaff(staff);
            try (CardSession card = readers.open(readerName)) {
                CardHolder holder = holder(staff, card);
                if (!PinKind.AUTH.hasFormat(newPin)) {
                    throw new CounterException(Reason.PIN_FORMAT);
                }
                card.resetPin(PinKind.AUTH, newPin, administrator());
                usage.record(holder.residentId(), UsageAction.PIN_RESET, "SUCCESS", terminal);
                usage.record(staff.residentId(), UsageAction.PIN_RESET, "SUCCESS_FOR_RESIDENT", terminal);
            } catch (AdministratorRefusedException e) {
                throw new CounterException(Reason.NOT_RESETTABLE);
            } catch (CardException e) {
                throw new CounterException(Reason.NO_CARD);
            }
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
        }
    }

    private static void requireStaff(SignedInUser staff) {
        if (staff == null || !staff.staff()) {
            throw new CounterException(Reason.NOT_STAFF);
        }
    }

    private CardHolder holder(SignedInUser staff, CardSession card) {
        X509Certificate certificate = card.readCertificate(CertificateKind.AUTH);
        Resident resident = accounts.findCertificate(ResidentCertificate.reference(
                        certificate.getIssuerX500Principal(), certificate.getSerialNumber()))
                .flatMap(c -> accounts.findResident(c.getResidentId()))
                .orElseThrow(() -> new CounterException(Reason.UNKNOWN_CARD));
        if (!staff.staffMunicipalities().contains(resident.getLgCode())) {
            throw new CounterException(Reason.OTHER_MUNICIPALITY);
        }
        return new CardHolder(
                resident.getId(),
                resident.getFullName(),
                resident.getLgCode(),
                card.pinStatus(PinKind.AUTH).triesLeft());
    }

    /** The counter's administrator credential: the administrator key of the configured PKI. */
    private CardAdministrator administrator() {
        return CardAdministrator.withKey(DevelopmentPki.openOrCreate(ConfiguredPaths.pkiFolder(
                        ConfigProvider.getConfig(DefaultCounterService.class.getClassLoader())))
                .adminKey());
    }
}
