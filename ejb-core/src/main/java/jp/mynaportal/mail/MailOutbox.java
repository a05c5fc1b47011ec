package jp.mynaportal.mail;

import java.util.List;
import jp.mynaportal.mail.model.MailKind;

/**
 * Puts a mail in the outbox, in the caller's transaction: it is sent only if what caused it
 * commits, and it is never lost once that committed. For the portal's services, which decided
 * who the mail goes to.
 */
public interface MailOutbox {

    /**
     * @param recipient the address
     * @param language {@code ja} or {@code en} (anything else is Japanese)
     * @param parameters the template's {@code {0}}, {@code {1}}, …
     */
    /** The address links in mails start with ({@code mynaportal.mail.portal-url}), without a trailing slash. */
    String portalUrl();

    void enqueue(MailKind kind, String recipient, String language, List<String> parameters);
}
