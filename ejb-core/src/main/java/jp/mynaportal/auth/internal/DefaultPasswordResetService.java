package jp.mynaportal.auth.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.logging.Logger;
import jp.mynaportal.auth.CertificateHolders;
import jp.mynaportal.auth.PasswordResetObserver;
import jp.mynaportal.auth.PasswordResetResult;
import jp.mynaportal.auth.PasswordResetResult.Outcome;
import jp.mynaportal.auth.PasswordResetService;
import jp.mynaportal.card.api.AdministratorRefusedException;
import jp.mynaportal.card.api.AllReadersBusyException;
import jp.mynaportal.card.api.CardException;
import jp.mynaportal.card.api.CardSession;
import jp.mynaportal.card.api.CertificateKind;
import jp.mynaportal.card.api.NoCardException;
import jp.mynaportal.card.api.PinKind;
import jp.mynaportal.card.api.PinResult;
import jp.mynaportal.platform.card.CardReaderDirectory;
import jp.mynaportal.platform.card.ReaderNotEnabledException;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Checks the entries first (no try is spent on a malformed one), then has the card do the reset
 * ({@link CardSession#resetAuthPinWithSigningPassword}: the card checks the signing password and
 * counts its tries), and records the outcome for the card's holder in one transaction: every
 * attempt with a known card in 利用履歴, a success told to every {@link PasswordResetObserver}
 * (the お知らせ).
 */
@Stateless
public class DefaultPasswordResetService implements PasswordResetService {

    private static final Logger LOG = Logger.getLogger(DefaultPasswordResetService.class.getName());

    @Inject
    private CardReaderDirectory readers;

    @Inject
    private CertificateHolders holders;

    @Inject
    private UsageRecorder usage;

    @Inject
    private Instance<PasswordResetObserver> observers;

    @Override
    @PermitAll
    public PasswordResetResult resetWithSigningPassword(
            String readerName, char[] signingPassword, char[] newPin, char[] repeated, String terminal) {
        String where = readerName + " " + terminal;
        try {
            if (!PinKind.AUTH.hasFormat(newPin)) {
                return PasswordResetResult.of(Outcome.NEW_PIN_FORMAT);
            }
            if (repeated == null || !Arrays.equals(newPin, repeated)) {
                return PasswordResetResult.of(Outcome.NEW_PIN_MISMATCH);
            }
            if (!PinKind.SIGN.hasFormat(signingPassword)) {
                return PasswordResetResult.of(Outcome.SIGNING_PASSWORD_FORMAT);
            }
            try (CardSession card = readers.open(readerName, terminal)) {
                String residentId = holders.residentOf(card.readCertificate(CertificateKind.AUTH))
                        .orElse(null);
                if (residentId == null) {
                    return PasswordResetResult.of(Outcome.UNKNOWN_CARD);
                }
                PasswordResetResult result;
                try {
                    PinResult signing = card.resetAuthPinWithSigningPassword(signingPassword.clone(), newPin.clone());
                    result = signing.isOk()
                            ? PasswordResetResult.of(Outcome.SUCCESS)
                            : signing.isBlocked() || signing.triesLeft() == 0
                                    ? PasswordResetResult.of(Outcome.SIGNING_PASSWORD_LOCKED)
                                    : new PasswordResetResult(Outcome.WRONG_SIGNING_PASSWORD, signing.triesLeft());
                } catch (AdministratorRefusedException e) {
                    result = PasswordResetResult.of(Outcome.NOT_RESETTABLE);
                }
                usage.authentication(
                        residentId, UsageAction.PIN_RESET, result.outcome().name(), where);
                if (result.outcome() == Outcome.SUCCESS) {
                    observers.forEach(o -> o.passwordReset(residentId));
                }
                return result;
            }
        } catch (ReaderNotEnabledException e) {
            return PasswordResetResult.of(Outcome.READER_NOT_ENABLED);
        } catch (AllReadersBusyException e) {
            return PasswordResetResult.of(Outcome.READERS_BUSY);
        } catch (NoCardException e) {
            return PasswordResetResult.of(Outcome.NO_CARD);
        } catch (CardException e) {
            LOG.warning(() -> "A self-service password reset failed at " + readerName + ": "
                    + e.getClass().getSimpleName());
            return PasswordResetResult.of(Outcome.CARD_ERROR);
        } finally {
            wipe(signingPassword);
            wipe(newPin);
            wipe(repeated);
        }
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
