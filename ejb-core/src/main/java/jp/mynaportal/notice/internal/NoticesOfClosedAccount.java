package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynaportal.account.AccountClosing;
import jp.mynaportal.notice.repository.NoticeRepository;

/** 利用者登録の削除: the resident's personal notices and their read/archived marks go with it. */
@ApplicationScoped
public class NoticesOfClosedAccount implements AccountClosing {

    @Inject
    private NoticeRepository notices;

    @Override
    public void accountClosed(String residentId) {
        notices.removeResidentNotices(residentId);
    }
}
