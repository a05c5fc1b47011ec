package jp.mynaportal.counter.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Roles;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.model.Resident;
import jp.mynaportal.account.model.ResidentCertificate;
import jp.mynaportal.account.repository.AccountRepository;
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
import jp.mynaportal.counter.PinEntry;
import jp.mynaportal.municipality.MunicipalityLookupException;
import jp.mynaportal.municipality.MunicipalityService;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.platform.ConfiguredPaths;
import jp.mynaportal.platform.PortalProfile;
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Asks the access policy whether the staff member (the caller) serves the card holder's
 * municipality, then resets the PIN through the card itself: the card checks the counter's
 * administrator credential (the development PKI's administrator key) before it takes the new PIN,
 * as a real card's reset is an authenticated command. A card that does not accept that credential
 * is not resettable here.
 */
@Stateless
public class DefaultCounterService implements CounterService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private UsageRecorder usage;

    @Inject
    private NoticeSender notices;

    @Inject
    private PendingPinEntries entries;

    @Inject
    private MunicipalityService municipalities;

    @Inject
    private CardReaderDirectory readers;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    @Override
    @RolesAllowed(Roles.STAFF)
    public CardHolder identify(String readerName) {
        Actor staff = caller.actor();
        try (CardSession card = readers.open(readerName)) {
            return holder(staff, card);
        } catch (CardException e) {
            throw new CounterException(Reason.NO_CARD);
        }
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public PinEntry startAuthPinReset(String readerName, String terminal) {
        Actor staff = caller.actor();
        try (CardSession card = readers.open(readerName, terminal)) {
            CardHolder holder = holder(staff, card);
            Instant now = Instant.now();
            String handle = entries.start(staff.residentId(), readerName, holder.residentId(), holder.lgCode(), now);
            return new PinEntry(handle, now.plus(PendingPinEntries.lifetime()));
        } catch (CardException e) {
            throw new CounterException(Reason.NO_CARD);
        }
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public void completeAuthPinReset(String entry, char[] newPin, char[] repeated, String terminal) {
        try {
            Actor staff = caller.actor();
            PendingPinEntries.Pending pending = entries.find(entry, staff.residentId(), Instant.now())
                    .orElseThrow(() -> new CounterException(Reason.ENTRY_EXPIRED));
            if (!PinKind.AUTH.hasFormat(newPin)) {
                throw new CounterException(Reason.PIN_FORMAT);
            }
            if (repeated == null || !Arrays.equals(newPin, repeated)) {
                throw new CounterException(Reason.PIN_MISMATCH);
            }
            try (CardSession card = readers.open(pending.readerName(), terminal)) {
                CardHolder holder = holder(staff, card);
                if (!holder.residentId().equals(pending.residentId())) {
                    entries.end(entry);
                    throw new CounterException(Reason.CARD_CHANGED);
                }
                card.resetPin(PinKind.AUTH, newPin.clone(), administrator());
                entries.end(entry);
                Subject subject = new Subject(holder.residentId(), holder.lgCode());
                usage.onSubject(
                        subject,
                        PortalService.COUNTER_CARD,
                        Operation.WRITE,
                        UsageAction.PIN_RESET,
                        "SUCCESS",
                        terminal,
                        UsageRecorder.PURPOSE_COUNTER_PIN_RESET);
                // an お知らせ (and a mail where asked for) tells the resident, so that a reset nobody asked for is seen
                notices.send(
                        subject,
                        PortalService.COUNTER_CARD,
                        NoticeKind.PIN_RESET_AT_COUNTER,
                        List.of(municipalityName(holder.lgCode())),
                        null);
            } catch (AdministratorRefusedException e) {
                throw new CounterException(Reason.NOT_RESETTABLE);
            } catch (CardException e) {
                throw new CounterException(Reason.NO_CARD);
            }
        } finally {
            if (newPin != null) {
                Arrays.fill(newPin, '\0');
            }
            if (repeated != null) {
                Arrays.fill(repeated, '\0');
            }
        }
    }

    private String municipalityName(String lgCode) {
        try {
            return municipalities.get(lgCode).getName();
        } catch (MunicipalityLookupException e) {
            return lgCode;
        }
    }

    /** The holder of the card in the reader, if the access policy lets the staff member serve them. */
    private CardHolder holder(Actor staff, CardSession card) {
        if (!staff.hasRole(Roles.STAFF)) {
            throw new CounterException(Reason.NOT_STAFF);
        }
        X509Certificate certificate = card.readCertificate(CertificateKind.AUTH);
        Resident resident = accounts.findCertificate(ResidentCertificate.reference(
                        certificate.getIssuerX500Principal(), certificate.getSerialNumber()))
                .flatMap(c -> accounts.findResident(c.getResidentId()))
                .orElseThrow(() -> new CounterException(Reason.UNKNOWN_CARD));
        if (!policy.permits(
                staff,
                new Subject(resident.getId(), resident.getLgCode()),
                PortalService.COUNTER_CARD,
                Operation.WRITE)) {
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
        Config config = ConfigProvider.getConfig(DefaultCounterService.class.getClassLoader());
        if (!PortalProfile.of(ConfiguredPaths.profile(config)).demo()) {
            throw new AdministratorRefusedException(
                    "Only the demo profile has the development PKI's administrator key");
        }
        return CardAdministrator.withKey(
                DevelopmentPki.openOrCreate(ConfiguredPaths.pkiFolder(config)).adminKey());
    }
}
