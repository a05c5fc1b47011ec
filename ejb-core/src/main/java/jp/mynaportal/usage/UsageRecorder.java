package jp.mynaportal.usage;

import jp.mynaportal.access.Operation;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.usage.model.UsageAction;

/**
 * Writes the usage log for the portal's services, in the transaction of the action it records
 * (there must be one). Not for views: the web tier never writes the log ({@code ArchitectureTest}
 * refuses it). The actor of an entry is never a parameter: it is the caller the container knows;
 * the subject is the caller, or comes from the data the service acts on and the access policy
 * decides whether the caller may act on it.
 */
public interface UsageRecorder {

    /** Purpose of staff examining or deciding an application at the counter inbox. */
    String PURPOSE_APPLICATION_REVIEW = UsageEvent.PURPOSE_APPLICATION_REVIEW;

    /** Purpose of staff resetting a PIN at the counter, at the card holder's request. */
    String PURPOSE_COUNTER_PIN_RESET = "COUNTER_PIN_RESET";

    /**
     * The caller acting on their own data (or, for staff, an act of theirs that concerns no single
     * resident, such as an export of the inbox): actor and subject are the caller.
     *
     * @throws jp.mynaportal.access.AccessDeniedException for an anonymous call
     */
    void byCaller(UsageAction action, String result, String terminal);

    /**
     * The caller (staff, later a 代理人 or an agency) acting on the data of {@code subject}, which
     * the service took from its data (e.g. the application's owner and the municipality it is
     * addressed to), for {@code purpose}. The entry shows in the subject's 利用履歴 with the
     * caller as actor, and, for staff, the subject's municipality as the actor's organisation.
     *
     * @throws jp.mynaportal.access.AccessDeniedException if the access policy does not let the caller
     *     do {@code operation} on the subject's data in {@code service}
     */
    void onSubject(
            Subject subject,
            PortalService service,
            Operation operation,
            UsageAction action,
            String result,
            String terminal,
            String purpose);

    /**
     * A login attempt or the end of a session, which happen while the container knows no caller:
     * the resident comes from the certificate the login just checked (or from the session that
     * ended), or is null when nobody could be identified. Only the login function records these.
     */
    void authentication(String residentId, UsageAction action, String result, String terminal);

    /**
     * A connected site's act on a resident's data under the consent the resident gave on もっとつながる
     * (a site is not a caller the container knows: the connect function authenticated it by its
     * client assertion and checked the consent). The entry is in the resident's 利用履歴 with the
     * site's client id as its result and {@link UsageEvent#PURPOSE_CONNECTED_SITE} as its purpose.
     */
    void bySite(String residentId, String clientId, UsageAction action, String terminal);

    /**
     * What the portal did by itself to a resident's data, with nobody calling (a scheduled job: a
     * 代理人 registration whose period ran out or whose card was reissued). The entry is in the
     * resident's 利用履歴 with {@link UsageEvent#PURPOSE_PORTAL} as its purpose and no actor.
     */
    void byPortal(String residentId, UsageAction action, String result);
}
