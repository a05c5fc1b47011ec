package jp.mynaportal.proxy.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.mynaportal.account.repository.AccountRepository;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.notice.model.Notice;
import jp.mynaportal.notice.model.NoticeKind;
import jp.mynaportal.notice.repository.NoticeRepository;
import jp.mynaportal.proxy.model.ProxyRegistration;
import jp.mynaportal.proxy.model.ProxyState;
import jp.mynaportal.proxy.repository.ProxyRepository;
import jp.mynaportal.usage.UsageRecorder;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Ends what has ended by itself, every five minutes: an active registration whose period is over
 * becomes EXPIRED, one whose card was reissued or whose certificate was revoked becomes STOPPED,
 * and both people get an お知らせ (and the mail they chose) and an entry in their 利用履歴; pending registrations nobody finished
 * in time are deleted. The access policy refuses such registrations already on the next request;
 * this makes the list and the notices say so. On several nodes each runs it; a registration is
 * locked and checked again before it ends, so each ends once.
 */
@PermitAll
@Singleton
public class ProxyLapses {

    private static final Logger LOG = Logger.getLogger(ProxyLapses.class.getName());

    @Inject
    private ProxyRepository repository;

    @Inject
    private RegistrationChecks checks;

    @Inject
    private NoticeRepository notices;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MailOutbox mail;

    @Inject
    private UsageRecorder usage;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "lapsed proxy registrations")
    void scheduled() {
        endLapsed();
    }

    /** Ends the lapsed registrations and drops stale pending ones; how many registrations ended. */
    public int endLapsed() {
        Instant now = clock.instant();
        repository.findStalePending(now).forEach(repository::remove);
        int ended = 0;
        for (ProxyRegistration candidate : repository.findByState(ProxyState.ACTIVE)) {
            ProxyRegistration registration = repository
                    .lock(candidate.getId())
                    .filter(r -> r.getState() == ProxyState.ACTIVE)
                    .orElse(null);
            if (registration == null) {
                continue;
            }
            if (RegistrationChecks.today(now).isAfter(registration.getValidTo())) {
                registration.end(ProxyState.EXPIRED, null, now);
                tellBoth(registration, NoticeKind.PROXY_EXPIRED, now);
                ended++;
                continue;
            }
            Optional<String> stop = checks.stopReason(registration, now);
            if (stop.isPresent()) {
                registration.end(ProxyState.STOPPED, stop.get(), now);
                tellBoth(registration, NoticeKind.PROXY_STOPPED, now);
                ended++;
            }
        }
        int count = ended;
        if (count > 0) {
            LOG.info(() -> count + " proxy registrations ended by themselves");
        }
        return count;
    }

    /**
     * The お知らせ to both, stored directly: nobody is calling (the resident's registration caused
     * it, so the resident is its actor), as the やりとり履歴 worker does.
     */
    private void tellBoth(ProxyRegistration registration, NoticeKind kind, Instant now) {
        List<String> parameters = List.of(
                repository.personName(registration.getResidentId()).orElse(""),
                repository.personName(registration.getProxyId()).orElse(""),
                registration.getValidFrom().toString(),
                registration.getValidTo().toString());
        for (String person : List.of(registration.getResidentId(), registration.getProxyId())) {
            usage.byPortal(
                    person, UsageAction.PROXY_ENDED, registration.getState().name());
            notices.add(new Notice(
                    person,
                    registration.getResidentId(),
                    kind,
                    parameters,
                    "proxy",
                    Long.toString(registration.getId()),
                    now));
            accounts.findAccount(person)
                    .filter(a -> a.isNoticeMail() && a.getEmail() != null)
                    .ifPresent(a -> mail.enqueue(
                            MailKind.NOTICE, a.getEmail(), a.getMailLanguage(), List.of(mail.portalUrl())));
        }
    }
}
