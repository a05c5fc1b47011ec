package jp.mynaportal.mail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import jp.mynaportal.mail.MailOutbox;
import jp.mynaportal.mail.model.MailKind;
import jp.mynaportal.mail.model.OutboxMail;
import jp.mynaportal.mail.repository.MailOutboxRepository;

/** Renders the template and adds the outbox row in the caller's transaction. */
@ApplicationScoped
public class DefaultMailOutbox implements MailOutbox {

    @Inject
    private MailOutboxRepository outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String portalUrl() {
        String url = MailSettings.fromConfig().portalUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void enqueue(MailKind kind, String recipient, String language, List<String> parameters) {
        MailTemplates.Rendered mail = MailTemplates.render(kind, language, parameters);
        outbox.add(new OutboxMail(kind, recipient, mail.subject(), mail.body(), clock.instant()));
    }
}
