package jp.mynaportal.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.auth.LoginObserver;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;

/**
 * ログイン通知: a mail at each successful login of a resident who asked for it, in the login's
 * transaction, telling the time and the way of login; never the PIN, the card or the reader.
 */
@ApplicationScoped
public class LoginMail implements LoginObserver {

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    @Override
    public void loggedIn(String residentId, Method method, Instant at) {
        accounts.findAccount(residentId)
                .filter(a -> a.isLoginMail() && a.getEmail() != null)
                .ifPresent(a -> mail.enqueue(
                        MailKind.LOGIN,
                        a.getEmail(),
                        a.getMailLanguage(),
                        List.of(
                                DefaultAccountService.japanTime(at, a.getMailLanguage()),
                                methodName(method, a.getMailLanguage()),
                                mail.portalUrl())));
    }

    private static String methodName(Method method, String language) {
        boolean en = "en".equals(language);
        return switch (method) {
            case CARD_READER -> en ? "My Number card in a card reader" : "カードリーダーでマイナンバーカード";
            case TOKEN -> en ? "My Number card on your own device" : "お手持ちの機器でマイナンバーカード";
        };
    }
}
