package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.notice.NoticeOrder;
import jp.mynaportal.notice.NoticeProblem;
import jp.mynaportal.notice.NoticeReadState;
import jp.mynaportal.notice.NoticeRefusedException;
import jp.mynaportal.notice.SiteNoticeWriter;
import jp.mynaportal.notice.model.NoticeAudience;
import jp.mynaportal.notice.model.SenderKind;

/**
 * A connected site's notice to one resident, stored as a notice to that resident alone with the
 * site's client id as sender; the connect function decided beforehand that the site is who it
 * says and that the resident allows its お知らせ.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredSiteNotices implements SiteNoticeWriter {

    @Inject
    private NoticeOrders orders;

    @Inject
    private NoticeAudiences audiences;

    @Inject
    private jp.mynaportal.notice.repository.NoticeRepository notices;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long send(String clientId, String residentId, NoticeOrder order) {
        List<NoticeProblem> problems = orders.problems(order, audiences.today());
        if (!problems.isEmpty()) {
            throw new NoticeRefusedException(problems);
        }
        return orders.store(
                        SenderKind.SITE,
                        clientId,
                        clientId,
                        order,
                        NoticeAudience.resident(residentId),
                        clock.instant())
                .getId();
    }

    @Override
    public Optional<String> recipient(String clientId, long id) {
        return notices.findBroadcast(id)
                .filter(b -> b.getSenderKind() == SenderKind.SITE
                        && b.getSenderCode().equals(clientId))
                .map(b -> b.getAudience().getResidentId());
    }

    @Override
    public Optional<NoticeReadState> state(String clientId, long id) {
        return orders.state(SenderKind.SITE, clientId, id);
    }
}
