package jp.mynaportal.counter.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.SignedInUser;
import jp.mynaportal.auth.internal.CardReaderDirectory;
import jp.mynaportal.auth.internal.TokenValidation;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.devpki.DevelopmentPki;
import jp.mynaportal.card.transport.VirtualReaderTransport;
import jp.mynaportal.card.virtual.CardFile;
import jp.mynaportal.counter.CardHolder;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterException.Reason;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.usage.UsageLogService;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Checks that the staff member serves the card holder's municipality, then resets the PIN with the
 * card stack's administrator key (the development PKI's key, for virtual cards).
 */
@Stateless
public class DefaultCounterService implements CounterService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UsageLogService usage;

    @Inject
    private TokenValidation validation;

    @Inject
    private CardReaderDirectory readers;

    @Override
    public CardHolder identify(SignedInUser staff, String readerName) {
        if (staff == null || !staff.staff()) {
            throw new CounterException(Reason.NOT_STAFF);
        }
        try (CardSession card = readers.open(readerName)) {
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
        } catch (CardException e) {
            throw new CounterException(Reason.NO_CARD);
        }
    }

    @Override
    public void resetAuthPin(SignedInUser staff, String readerName, char[] newPin, String terminal) {
        try {
            CardHolder holder = identify(staff, readerName);
            if (!PinKind.AUTH.hasFormat(newPin)) {
                throw new CounterException(Reason.PIN_FORMAT);
            }
            Path cardFile = virtualCardFile(readerName);
            DevelopmentPki.openOrCreate(validation.settings().pkiFolder())
                    .resetPin(new CardFile(cardFile), PinKind.AUTH, newPin);
            usage.record(holder.residentId(), UsageAction.PIN_RESET, "SUCCESS", terminal);
            usage.record(staff.residentId(), UsageAction.PIN_RESET, "SUCCESS_FOR_RESIDENT", terminal);
        } catch (SecurityException e) {
            throw new CounterException(Reason.NOT_RESETTABLE);
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
        }
    }

    private Path virtualCardFile(String readerName) {
        if (!readerName.startsWith(VirtualReaderTransport.READER_PREFIX)) {
            throw new CounterException(Reason.NOT_RESETTABLE);
        }
        String cardId = readerName.substring(VirtualReaderTransport.READER_PREFIX.length());
        Path file = validation.settings().cardFolder().resolve(cardId + CardFile.EXTENSION);
        if (!Files.isRegularFile(file)) {
            throw new CounterException(Reason.NOT_RESETTABLE);
        }
        return file;
    }
}
