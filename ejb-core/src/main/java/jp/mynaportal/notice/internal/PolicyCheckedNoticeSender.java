package jp.mynaportal.notice.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import jp.mynaportal.access.AccessPolicy;
import jp.mynaportal.access.Actor;
import jp.mynaportal.access.CurrentCaller;
import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.notice.NoticeAbout;
import jp.mynaportal.notice.NoticeSender;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.repository.NoticeRepository;

/**
 * Stores a notice for the subject after the access policy let the caller write to them, and puts
 * an お知らせ通知 mail in the outbox if the resident asked for one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PolicyCheckedNoticeSender implements NoticeSender {

    @Inject
    private NoticeRepository notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AccessPolicy policy;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void send(
            Subject subject, PortalService service, NoticeKind kind, List<String> parameters, NoticeAbout about) {
        Actor actor = caller.actor();
        policy.require(actor, subject, service, Operation.WRITE);
        notices.add(new Notice(
                subject.residentId(),
                actor.residentId(),
                kind,
                parameters,
                about == null ? null : about.function(),
                about == null ? null : about.key(),
                clock.instant()));
        accounts.findAccount(subject.residentId())
                .filter(a -> a.isNoticeMail() && a.getEmail() != null)
                .ifPresent(a ->
                        mail.enqueue(MailKind.NOTICE, a.getEmail(), a.getMailLanguage(), List.of(mail.portalUrl())));
    }

    @Override
    public void sendToHolder(String residentId, NoticeKind kind, List<String> parameters) {
        notices.add(new Notice(residentId, residentId, kind, parameters, null, null, clock.instant()));
        accounts.findAccount(residentId)
                .filter(a -> a.isNoticeMail() && a.getEmail() != null)
                .ifPresent(a ->
                        mail.enqueue(MailKind.NOTICE, a.getEmail(), a.getMailLanguage(), List.of(mail.portalUrl())));
    }
}
