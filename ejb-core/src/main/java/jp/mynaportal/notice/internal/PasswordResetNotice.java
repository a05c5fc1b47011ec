package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.mynaportal.auth.PasswordResetObserver;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.NoticeKind;

/** An お知らせ (and a mail where asked for) to a resident who reset their login password, so that a reset nobody asked for is seen. */
@ApplicationScoped
public class PasswordResetNotice implements PasswordResetObserver {

    @Inject
    private NoticeSender notices;

    @Override
    public void passwordReset(String residentId) {
        notices.sendToHolder(residentId, NoticeKind.PIN_RESET_BY_HOLDER, List.of());
    }
}
